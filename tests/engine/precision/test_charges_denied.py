"""A charge denied is a claim denied ("denied murder"); a thing turned down is still no denial.
Sentences written for the test; the nouns are data (lexicons/claim_objects.txt)."""
import pytest

from sourcetrace import analyze


@pytest.mark.parametrize("text, content", [
    ("The nurse denied manslaughter at the start of the trial.", "manslaughter"),
    ("Both brothers deny conspiracy to defraud the council.", "conspiracy to defraud the council"),
    ("He denies three counts of burglary.", "three counts of burglary"),
])
def test_a_charge_denied_is_a_denial(text, content):
    found = [(a.content.text, a.stance) for a in analyze(text).attributions]
    assert (content, "deny") in found


def test_a_bid_rejected_is_still_a_decision():
    assert analyze("The planning board rejected the bid on Tuesday.").attributions == []
