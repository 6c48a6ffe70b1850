"""In a court report "the witness" is whoever the report has giving evidence: the last person it
had tell the court, the jury or the tribunal, or testify, who is no lawyer, judge or clerk."""
from said_by import speaker_of

TRIAL = ("A farmer, Mr. Musa Danjuma, on Monday told a Kaduna Magistrates' Court that his cattle were "
         "stolen in June. The prosecutor, Mrs. Ruth Ajayi, told the court that two suspects were "
         "arrested. \"I saw them drive the cows away at night,\" the witness told the court. He said "
         "the herders had threatened him before.")


def test_the_witness_is_the_one_who_gave_evidence():
    assert "Musa Danjuma" in speaker_of(TRIAL, "drive the cows away")


def test_his_pronoun_after_the_witness_follows():
    assert "Musa Danjuma" in speaker_of(TRIAL, "the herders had threatened him")


def test_a_witness_named_in_the_story_stays_their_own():
    text = ("A farmer, Mr. Musa Danjuma, told the court that his cattle were stolen in June. A witness, "
            "Mr. Bala Sani, said he had seen the thieves. \"They came at night,\" the witness said.")
    assert "Bala Sani" in speaker_of(text, "They came at night")


def test_no_testimony_leaves_the_witness_unnamed():
    text = ("Mr. Musa Danjuma said his cattle were stolen in June. \"They came at night,\" the witness "
            "said.")
    assert "Musa Danjuma" not in speaker_of(text, "They came at night")
