"""A claim cut short is the same claim, when the hard checks agree. Claims written for the test."""
from sourcetrace.corpus.story.matching import same_opening


def test_a_claim_cut_short_opens_the_longer_one():
    assert same_opening("Forty nurses have been hired by the Kell Valley clinic",
                        "Forty nurses have been hired by the Kell Valley clinic to staff its new night ward")


def test_too_short_or_not_at_the_start_is_not_enough():
    assert not same_opening("The clinic closed", "The clinic closed its doors to new patients on Monday")
    assert not same_opening("nurses have been hired by the Kell Valley clinic",
                            "Forty temporary nurses have been hired by the Kell Valley clinic this week")
