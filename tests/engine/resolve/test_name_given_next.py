"""Someone brought in by what they are ("a caller from Zomba", "a woman selling tomatoes") whose
name the very next sentence gives ("He gave his name as …", "Her name is …") is that name."""
import pytest

from said_by import speaker_of

NAMED_NEXT = [
    ("The minister took calls for an hour. A caller from Zomba said the roads had not been graded since "
     "May. He gave his name as Peter Mwale.", "the roads had not", "Peter Mwale"),
    ("A woman selling tomatoes at the gate said prices had doubled since June. Her name is Grace Phiri, "
     "and she has sold there for 20 years.", "prices had doubled", "Grace Phiri"),
    ("A man waiting at the clinic said the nurses had not come to work. He identified himself as "
     "Tomasi Vuki, a fisherman.", "the nurses had not come", "Tomasi Vuki"),
]


@pytest.mark.parametrize("text, words, name", NAMED_NEXT)
def test_the_name_the_next_sentence_gives(text, words, name):
    assert name in speaker_of(text, words)


def test_a_name_of_the_other_sex_is_someone_else():
    text = ("A woman selling tomatoes at the gate said prices had doubled since June. His name is Peter "
            "Mwale.")
    assert "Peter Mwale" not in speaker_of(text, "prices had doubled")


def test_someone_else_in_between_keeps_the_name_from_the_first():
    text = ("A caller from Zomba said the roads had not been graded since May. The minister, Agnes Banda, "
            "said the money had run out. He gave his name as Peter Mwale.")
    assert "Peter Mwale" not in speaker_of(text, "the roads had not")
