""""The academy trust" where the text names two trusts, one of which has spoken: the one whose name holds
the words said of it (a plural for its singular), even where the tagger took the words for a name."""
from said_by import speaker_of

TWO_TRUSTS = ("Waiting times at hospitals run by the Calderbrook Teaching Hospitals NHS Trust have doubled.\n\n"
              "The trust said it had opened two new wards.\n\n"
              "Harwood Academies Trust runs the school. The academy trust said the head had resigned.\n")


def test_the_word_said_of_it_picks_the_trust():
    assert speaker_of(TWO_TRUSTS, "head had resigned") == "Harwood Academies Trust"


def test_the_trust_that_spoke_is_still_the_trust():
    assert speaker_of(TWO_TRUSTS, "two new wards") == "Calderbrook Teaching Hospitals NHS Trust"
