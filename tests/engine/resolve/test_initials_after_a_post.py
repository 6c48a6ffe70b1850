"""A post of several capitalised words before a name given with initials ("Leader of the
Opposition K. Ramaswamy"), the tagger taking the post's last words and the name for one body:
the initials and the surname are the post's holder."""
from said_by import speaker_of


def test_initials_and_a_surname_after_a_long_post():
    text = ("Leader of the Opposition P. Venkatesh said the relief money had not reached the villages. "
            "Mr. Venkatesh said he would raise it in the Assembly.")
    assert speaker_of(text, "relief money") == "P. Venkatesh"
    assert speaker_of(text, "raise it in the Assembly") == "P. Venkatesh"


def test_two_initials():
    text = "Minister of State for Revenue S. K. Bhattacharjee said the new rates would apply from April."
    assert speaker_of(text, "new rates") == "S. K. Bhattacharjee"
