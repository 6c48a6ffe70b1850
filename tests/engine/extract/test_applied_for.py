""""claimed refunds on 312 invoices", "claimed asylum": a claim for something is an application,
no words said to be true; "claimed that …" and "claimed responsibility" stay statements. A work
written ("writes her novels by hand") is no statement either; "wrote that …" is."""
import pytest


def _said(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "The trader's firm claimed refunds on 312 invoices between 2021 and 2023.",
    "The family claimed asylum in Canada after the coup.",
    "Workers claimed compensation for the lost shifts.",
])
def test_a_claim_for_something_is_no_statement(engine, text):
    assert _said(engine, text) == []


@pytest.mark.parametrize("text, words", [
    ("The firm claimed that the refunds had been approved by the tax office.", "refunds had been approved"),
    ("A militant group claimed responsibility for the attack on the convoy.", "responsibility"),
])
def test_a_claim_that_something_is_so_stays_a_statement(engine, text, words):
    assert any(words in c for c in _said(engine, text))


def test_a_work_written_is_no_statement(engine):
    assert _said(engine, "Tendai Marufu writes her novels by hand, in exercise books from the market.") == []
    assert _said(engine, "Tendai Marufu wrote that the prize had come too late.") == ["that the prize had come too late"]
