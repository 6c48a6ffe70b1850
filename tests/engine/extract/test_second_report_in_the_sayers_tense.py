""""Said its members already comply with the rules and questioned the size of the sample": a past verb
joined to a present clause with no auxiliary is the sayer's second report, and what it questions is
its content; a present verb joined to a present clause ("the children play outside and laugh") is
the same clause, and a person questioned ("police questioned the driver") is no doubt raised by a
second report."""


def _statements(engine, text):
    return [(a.stance, a.content.text) for a in engine.analyze(text).attributions if a.statement]


def test_a_past_verb_after_a_present_clause_is_a_second_report(engine):
    text = ("The contractors' group said its members \"already comply\" with existing rules and questioned the "
            "size of the sample.")
    found = _statements(engine, text)
    assert ("question", "the size of the sample") in found
    assert ("assert", "its members \"already comply\" with existing rules") in found


def test_a_present_pair_is_one_clause(engine):
    assert _statements(engine, "She said the children play outside and laugh all day.") == [
        ("assert", "the children play outside and laugh all day")]


def test_a_second_report_that_questions_a_person_puts_nothing_in_doubt(engine):
    text = "The council said the rules apply to everyone and questioned the driver."
    assert not [c for _, c in _statements(engine, text) if c.startswith("the driver")]
