"""A study credited to a team at a body ("a study by researchers at the Aristotle University of
Thessaloniki published … in the journal X") is known by that team, not by the journal."""
from said_by import speaker_of


def test_a_study_by_researchers_at_a_university_is_theirs():
    text = ("A nasal spray vaccine cut hospital admissions by 41 percent, according to a study by researchers "
            "at the University of Larissa published on Monday in the journal Pediatric Infection Review.")
    assert speaker_of(text, "cut hospital admissions") == "study by researchers at University of Larissa"


def test_a_study_in_a_journal_alone_is_known_by_the_journal():
    text = ("A nasal spray vaccine cut hospital admissions by 41 percent, according to a study "
            "published on Monday in the journal Pediatric Infection Review.")
    assert speaker_of(text, "cut hospital admissions") == "study in Pediatric Infection Review"
