"""The accused "denied the charges": a denial; a judge who dismissed the charges, or a court that
denied a motion, disposes of a case and denies nothing."""


def _said(engine, text):
    return [(a.stance, a.content.text) for a in engine.analyze(text).attributions if a.statement]


def test_charges_denied_by_the_accused_are_a_denial(engine):
    assert _said(engine, "Mr. Ramaswamy has denied all the charges.") == [("deny", "all the charges")]


def test_a_case_disposed_of_is_no_denial(engine):
    assert _said(engine, "The judge dismissed the charges against him.") == []
    assert _said(engine, "The court denied the motion to dismiss.") == []
