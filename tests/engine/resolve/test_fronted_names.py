"""A phrase set before the subject that ends on someone's post and name ("Led in evidence by the
prosecutor, Sergeant Ali Musa, the trader said …", "In a letter signed by its chairman, Mr Tom
Reed, the club said …"): the name is the post's, and the subject is the one after it, which the
parser hangs on the name as its apposition."""
import pytest

from said_by import speaker_of

FRONTED = [
    ("Led in evidence by the prosecutor, Sergeant Ali Musa, Mrs Grace Obi, 54, said she had lent "
     "the accused two million naira in May.", "lent the accused", "Grace Obi"),
    ("Under cross-examination by defence counsel, Mr. Tunde Bakare, the witness conceded that he had "
     "never seen the ledger. Mrs Kemi Lawal told the court she kept the books.",
     "never seen the ledger", "witness"),
    ("In a statement signed by its chairman, Mr. Joseph Mensah, Asante Rovers said the club would "
     "appeal the ban.", "would appeal the ban", "Asante Rovers"),
    ("Questioned by the magistrate, Mrs. Hauwa Bello, the defendant said he had been at home that "
     "night.", "at home that night", "defendant"),
    ("In an interview with the station's editor, Paul Rivers, Senator Martha Kline said the bill "
     "would pass.", "the bill would pass", "Martha Kline"),
]


@pytest.mark.parametrize("text, words, name", FRONTED)
def test_the_subject_is_the_one_after_the_fronted_name(text, words, name):
    assert name in speaker_of(text, words)


def test_a_name_set_beside_its_own_post_stays_the_speaker():
    # nothing is fronted before the post: "the club's chairman, Mr X" is the subject itself
    text = "The club's chairman, Mr. Joseph Mensah, said the team would appeal the ban."
    assert "Joseph Mensah" in speaker_of(text, "would appeal the ban")


def test_a_place_fronted_leaves_the_subject():
    text = "In Accra, the league's chairman, Kofi Owusu, said the season would resume in May."
    assert "Kofi Owusu" in speaker_of(text, "the season would resume")


@pytest.mark.parametrize("text, words, name", [
    ("Addressing the session, H.E. Keo Sothea, Minister of Post and Telecommunications, underlined that "
     "the law aims to protect databases.", "protect databases", "Keo Sothea"),
    ("Addressing the session, Chan Dara, Minister of Post and Telecommunications, said the law aims to "
     "protect databases.", "protect databases", "Chan Dara"),
])
def test_a_name_after_a_fronted_participles_object_is_the_subject(text, words, name):
    # the parser takes the participle for the subject and the name for its second object
    assert speaker_of(text, words) == name
