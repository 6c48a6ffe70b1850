""""Engr. Chukwuemeka Obi", "Smt. Lakshmi Devi", "Alh. Musa Dantata": a title written short with a
stop is no sentence end and no part of the name (abbreviations.txt, titles.txt). Sentences written
for the test."""
import pytest

from said_by import speaker_of


@pytest.mark.parametrize("titled, name", [
    ("Engr. Chukwuemeka Obi", "Chukwuemeka Obi"),
    ("Smt. Lakshmi Devi", "Lakshmi Devi"),
    ("Barr. Funmi Adeyemi", "Funmi Adeyemi"),
    ("Alh. Musa Dantata", "Musa Dantata"),
])
def test_a_short_title_with_a_stop_leaves_the_name(titled, name):
    text = f"The bridge is safe. \"The road will open in May,\" {titled} said on Monday.\n"
    assert speaker_of(text, "road will open") == name


def test_a_sentence_ending_on_a_word_like_a_title_still_ends():
    text = "The crowd gathered by the statue of Joan of Arc. Mayor Lise Morel said the square would reopen.\n"
    assert speaker_of(text, "square would reopen") == "Lise Morel"


def test_a_given_name_after_a_known_title_is_not_taken_for_a_post():
    text = "\"The road will open in May,\" Alhaji Aliko Musa Bello said on Monday.\n"
    assert speaker_of(text, "road will open") == "Aliko Musa Bello"


def test_a_post_no_lexicon_lists_is_still_left_out():
    text = "\"The road will open in May,\" Harbourmaster Ilse Vandrecht said on Monday.\n"
    assert speaker_of(text, "road will open") == "Ilse Vandrecht"


def test_an_assistant_professors_stop_ends_no_sentence():
    from said_by import speaker_of
    text = '"The valley acts like a lid," said lead author Assist. Prof. Mojca Zlobec, MD, of the faculty.'
    assert speaker_of(text, "valley") == "Mojca Zlobec"
