"""A first name met first beside another first name and the surname both share ("Brothers Kieran and
Declan Haslam") is that name with the family's surname; a surname so joined is nobody's first name."""
from said_by import speaker_of


def test_a_brother_named_by_first_name_takes_the_shared_surname():
    text = ("Two brothers, Kieran and Declan Haslam, scored a goal apiece on Saturday.\n\n"
            "'Mum will be pleased,' said Kieran, 26, who scored first.\n")
    assert speaker_of(text, "Mum will be pleased") == "Kieran Haslam"


def test_sisters_joined_by_and_share_the_surname():
    text = ("Owners Oliver and Grace Whitfield opened the bakery in 2009.\n\n"
            "'We had nothing but an oven,' said Oliver.\n")
    assert speaker_of(text, "an oven") == "Oliver Whitfield"


def test_a_surname_joined_to_a_full_name_keeps_its_own_name():
    text = ("Lawyers for Pemberton and Declan Haslam filed the appeal on Monday.\n\n"
            "'We will win,' said Pemberton.\n")
    assert speaker_of(text, "We will win") == "Pemberton"
