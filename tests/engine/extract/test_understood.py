""""Understand" is a state of mind like "believe": what someone understood then ("said she understood
why parents were angry") is no view put forward; one understood now, on a clause ("Officials
understand the pump failed"), is."""


def _believed(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement and a.stance == "believe"]


def test_understood_in_the_past_is_no_view(engine):
    assert _believed(engine, "The principal, Anna Solberg, said she understood why parents were angry.") == []


def test_understood_now_on_a_clause_is_a_view(engine):
    assert _believed(engine, "Investigators understand that the pump failed twice before the flood, the "
                             "agency's chief, Lars Ohde, said.") != []
