"""A headline's description the body never repeats is the person the lede opens on as its
subject, bylines passed over (resolve/lede_subjects.py, person_nouns.txt professions)."""
from said_by import speaker_of


def test_a_profession_in_the_headline_is_the_subject_the_lede_opens_on():
    text = ("The cliffs never stop moving, says geologist mapping Antrim's crumbling coast\n\n"
            "By Siobhan Carrick\n"
            "The Causeway Courier\n\n"
            "BALLYCASTLE – Dr Roisin McAleese has walked the same forty miles of shoreline for a decade. "
            "In that time, she says, the cliffs have moved more than anyone expected.\n\n"
            "\"Rock looks permanent. It never is,\" says McAleese, 51, who teaches at Ulster Polytechnic.")
    assert speaker_of(text, "The cliffs never stop moving") == "Roisin McAleese"


def test_a_headline_description_is_no_one_where_the_lede_opens_on_a_titled_official():
    text = ("Flooding will get worse, says beekeeper\n\n"
            "Mayor Colm Devereux opened the new flood barrier on Tuesday, saying the town was safer.\n\n"
            "Nobody else spoke at the ceremony.")
    assert speaker_of(text, "Flooding will get worse") != "Colm Devereux"
