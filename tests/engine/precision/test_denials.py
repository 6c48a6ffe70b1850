"""Denials in meaning are denials; a thing turned down that is no claim is no denial at all."""
import pytest


def _stances(engine, text):
    return [(a.cue.text if a.cue else None, a.stance) for a in engine.analyze(text).attributions]


@pytest.mark.parametrize("text", [
    "The harbour master called the allegations false and said she would keep her post.",
    'Senator Ilse Brandvold called the report "a fantasy" on Thursday.',
    'Okonkwo, 61, spoke on Friday, calling the accusation "a smear cooked up by my rivals."',
    'The trust branded the story "a hoax" on Monday.',
    "The minister dismissed the report as \"politically motivated nonsense\" on Tuesday.",
    "Harlan Voss flatly rejected the accusation that he had hidden the costs.",
    "A spokeswoman for Tillbrook Energy said there was no truth to the suggestion that the plant had leaked.",
    "Asked whether the club had paid the player in cash, the chairman said that was untrue.",
])
def test_naming_a_claim_untrue_is_a_denial(engine, text):
    assert "deny" in [stance for _, stance in _stances(engine, text)]


@pytest.mark.parametrize("text", [
    "The coach called the result a disappointment.",
    "Critics called the plan a burden on the town's ratepayers.",
])
def test_naming_something_that_is_no_claim_is_no_denial(engine, text):
    assert "deny" not in [stance for _, stance in _stances(engine, text)]


@pytest.mark.parametrize("text", [
    "The board rejected the bid from Corvale Holdings on Monday.",
    "The planning committee rejected the application after a two-hour debate.",
    "Border guards denied the family entry at the crossing.",
])
def test_a_thing_turned_down_is_a_decision_not_a_denial(engine, text):
    assert [stance for _, stance in _stances(engine, text) if stance == "deny"] == []


@pytest.mark.parametrize("text", [
    "Carrow Sound Ferries rejected the claim.",
    "The firm rejected the findings of the audit.",
    "The company denied any wrongdoing.",
    "Asked about the payments, Ms Orde denied it.",
])
def test_a_claim_turned_down_stays_a_denial(engine, text):
    assert "deny" in [stance for _, stance in _stances(engine, text)]


@pytest.mark.parametrize("text, denial", [
    ("The ministry denied the leak on Tuesday.", True),
    ("The treasurer denied any wrongdoing.", True),
    ("The court denied bail to the two men.", False),
    ("The council denied the request for a second crossing.", False),
])
def test_deny_decides_only_on_what_is_granted(engine, text, denial):
    assert any(stance == "deny" for _, stance in _stances(engine, text)) is denial


@pytest.mark.parametrize("text", [
    "Okafor does not dispute the figures.",
    "The club has never denied the report.",
])
def test_a_denial_negated_is_a_concession_not_a_denial(engine, text):
    assert all(stance != "deny" for _, stance in _stances(engine, text))
