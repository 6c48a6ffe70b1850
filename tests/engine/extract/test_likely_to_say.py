"""What a group is likely to say is a survey's measure ("teens are twice as likely to report low
mood"), no one's statement; the study or survey that found it still speaks."""


def _statements(engine, text):
    return [(a.cue.text if a.cue else None, a.content.text) for a in engine.analyze(text).attributions if a.statement]


def test_a_likelihood_of_saying_is_no_statement(engine):
    text = ("Adolescents who sleep less than seven hours a night are about twice as likely to report persistent "
            "low mood as those who sleep eight, the study found.")
    said = _statements(engine, text)
    assert [cue for cue, _ in said] == ["found"]


def test_a_report_made_stays_a_statement(engine):
    said = _statements(engine, "Half the adolescents reported persistent low mood, the study found.")
    assert any(cue == "found" for cue, _ in said)
    assert any("reported" in (cue or "") for cue, _ in said) or any("reported" in c for _, c in said)
