""""… a win over the Lakeshore Lynx, the league announced.": a word for a body that reports the
sentence before it is not an apposition of the name that ends that sentence; "the league" is the one
body named as a league, association or federation. Sentences written for the test."""
from said_by import speaker_of


def test_the_league_announcing_is_not_the_team_named_before():
    text = ("TORONTO (Wire) - The Canadian Hockey Association on Monday fined Ridgeback Rangers forward Tom "
            "Ellis for a hit during Saturday's win over the Lakeshore Lynx, the league announced.")
    assert speaker_of(text, "fined Ridgeback") != "Lakeshore Lynx"


def test_the_league_is_the_association_named():
    text = ("TORONTO (Wire) - The Canadian Hockey Association on Monday fined Ridgeback Rangers forward Tom "
            "Ellis for a hit during Saturday's win over the Lakeshore Lynx, the league announced.\n\n"
            "The league said in a statement that the hit was \"reckless\".")
    assert speaker_of(text, "reckless") == "Canadian Hockey Association"


def test_the_regulator_saying_is_not_the_firm_complained_of():
    text = ("The fine of 2 million koruna followed a complaint about emissions from Ostrava Metals, "
            "the regulator said.")
    assert speaker_of(text, "fine of 2 million") != "Ostrava Metals"


def test_the_ministry_saying_is_not_the_union_before():
    text = ("Talks on the new port rules collapsed on Thursday after a walkout by the Dockers' Federation, "
            "the ministry said.")
    assert "Federation" not in speaker_of(text, "Talks on the new port rules")


def test_the_council_confirming_is_not_the_builder_before():
    text = ("The land was sold for £4.2m to Brackwell Homes, the council confirmed on Friday.")
    assert speaker_of(text, "land was sold") != "Brackwell Homes"


def test_the_federation_announcing_after_a_club():
    text = ("Striker Kwame Asante was banned for three matches after a clash with players of Hearts of Oak, "
            "the federation announced.")
    assert speaker_of(text, "banned for three matches") != "Hearts of Oak"


def test_a_body_set_beside_a_name_with_words_of_its_own_is_still_it():
    text = ("Clearspring Water Services, the company contracted to maintain the borehole, said repairs "
            "would take a week.")
    assert speaker_of(text, "repairs would take") == "Clearspring Water Services"


def test_a_body_word_set_off_before_the_verb_is_still_the_name():
    text = "Tarrow Rail, the operator, said services on the coast line would resume on Monday."
    assert speaker_of(text, "services on the coast line") == "Tarrow Rail"
