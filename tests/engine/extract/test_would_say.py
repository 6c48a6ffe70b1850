"""A saying with "would" reports a habit, a guess or a plan, not words said ("She'd tell him what was
wrong with his bill", "the union would demand a full inquiry"); "would only say that …" and "would
say only that …" report what was said."""
import pytest


def _reports(engine, text):
    return [(a.cue.text if a.cue else None, a.content.text) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text, cue", [
    ('"Then she\'d tell him what was wrong with his bill," her son, Teo Varga, said.', "'d tell"),
    ("The union's regional secretary, Nandi Kgosi, said the union would demand a full public inquiry.",
     "would demand"),
])
def test_a_saying_with_would_is_no_statement(engine, text, cue):
    assert not any(c == cue for c, _ in _reports(engine, text))


@pytest.mark.parametrize("text, cue", [
    ("The spokesman, Orrin Platt, would only say that talks were continuing.", "would only say"),
    ("The minister, Hana Oyelowo, would say only that the matter was under review.", "would say"),
])
def test_would_only_say_reports_what_was_said(engine, text, cue):
    assert any(c == cue for c, _ in _reports(engine, text))
