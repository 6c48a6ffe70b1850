"""Figures a body reports are its statement: "reported fourth-quarter revenue of $1.2 billion, up 8%",
"posted a loss of …", and only the figures when a participle carries on ("…, blaming a shortage");
a thing reported to someone, or figures not reported, are none."""
import pytest


def _found(engine, text):
    return [(a.content.text, a.stance) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text, content", [
    ("Earlier this month the haulier reported second-quarter revenue of $900 million, up 6% from a year earlier.",
     "second-quarter revenue of $900 million"),
    ("The brewer reported a 12 percent fall in annual profit on Tuesday, blaming the price of barley.",
     "a 12 percent fall in annual profit on Tuesday"),
])
def test_figures_reported_are_a_statement(engine, text, content):
    assert (content, "assert") in _found(engine, text)


def test_figures_not_reported_are_none(engine):
    assert not any(c.startswith("a profit") for c, _ in _found(engine, "The brewer did not report a profit last year."))
