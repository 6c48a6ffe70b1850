"""A headline's plea that the body reports again is the body's statement, told again; a headline's
plea the body does not report stays a statement."""


def _pleas(engine, text):
    return [(a.cue.text, a.statement) for a in engine.analyze(text).attributions if a.stance == "deny"]


def test_a_headline_plea_the_body_reports_again_is_no_second_statement(engine):
    text = ("Chef pleads not guilty as fraud trial opens\n\n"
            "Restaurant owner Dana Voss on Monday pleaded not guilty to fraud as her trial opened.")
    assert _pleas(engine, text) == [("pleads", False), ("pleaded", True)]


def test_a_headline_plea_alone_stays_a_statement(engine):
    text = ("Chef pleads not guilty as fraud trial opens\n\n"
            "The trial of restaurant owner Dana Voss opened on Monday.")
    assert _pleas(engine, text) == [("pleads", True)]
