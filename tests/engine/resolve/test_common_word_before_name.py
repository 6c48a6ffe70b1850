"""A capitalised English word set before a full name says what the person is ("Rookie", "Starter"),
not who: the source's name is the name. Given names that are English words ("Will", "Hope",
"Blessing", "Gift") and family names written first ("Lee Kok Wah") stay."""
import pytest

from said_by import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("Rookie Tate Lowry said he slept well before the game.", "he slept well", "Tate Lowry"),
    ("Starter Kwame Boakye-Ansah said the bullpen was tired.", "the bullpen was tired", "Kwame Boakye-Ansah"),
    ("Hometown Mereana Tipoki said the crowd carried her.", "the crowd carried her", "Mereana Tipoki"),
    ("Blessing Muzarabani said the ball swung late.", "the ball swung late", "Blessing Muzarabani"),
    ("Gift Ngoepe said the bat felt light.", "the bat felt light", "Gift Ngoepe"),
    ("Lee Kok Wah said the shop would close in June.", "the shop would close", "Lee Kok Wah"),
    ("Will Hartigan said the road was closed.", "the road was closed", "Will Hartigan"),
    ("Hope Mwale said the clinic had no drugs.", "the clinic had no drugs", "Hope Mwale"),
])
def test_a_word_saying_what_someone_is_is_no_part_of_their_name(text, words, name):
    assert speaker_of(text, words) == name
