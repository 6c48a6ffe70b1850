"""A quote that opens on "he" about a relative just introduced is the earlier speaker's, not the relative's."""
from said_by import speaker_of


def test_a_son_speaking_of_his_father():
    text = ("Burglars took the medals from Albert Crane's home on Sunday. \"I just want Dad's medals back,\" "
            "Mr Crane said.\n\n"
            "His father, Sergeant Walter Crane, was awarded the Military Medal in 1943. "
            "\"He never talked about the war, but he polished those medals every November,\" he said.")
    assert speaker_of(text, "He never talked about the war") == "Albert Crane"


def test_someone_not_a_relative_may_say_he_of_another():
    text = ("Dana Whitby said the vote would be close.\n\n"
            "Tom Hale, the opposition leader, was asked about the mayor. \"He has no plan,\" he said.")
    assert speaker_of(text, "He has no plan") == "Tom Hale"
