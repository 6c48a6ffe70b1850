"""Misconduct an accused denies ("denied any mistreatment", "denied any irregularities") and a
description rejected ("rejected that description") name the claim denied, as "wrongdoing" and
"characterisation" do; a thing turned down ("rejected the offer", "rejected the abuse of process
application") is a decision, no denial."""
import pytest


def _denials(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement and a.stance == "deny"]


@pytest.mark.parametrize("text, denied", [
    ("The ISF denied any mistreatment and said an internal inquiry was under way.", "any mistreatment"),
    ("The opposition rejected that description.", "that description"),
    ("The council denied any irregularities in the tender.", "any irregularities"),
    ("The ministry denied favouritism in the award of the licences.", "favouritism"),
])
def test_misconduct_or_a_description_denied_is_a_denial(engine, text, denied):
    assert denied in _denials(engine, text)


@pytest.mark.parametrize("text", [
    "The court rejected the abuse of process application.",
    "The union rejected the offer.",
    "The board denied him entry.",
])
def test_a_thing_turned_down_is_no_denial(engine, text):
    assert _denials(engine, text) == []
