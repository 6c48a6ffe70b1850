"""A relative someone speaks of is the person the text brought them in beside: "My brother"
in the words of one introduced as "Silva's younger brother" is the other Silva; "her husband"
in those of one introduced as "His widow" is the man whose widow she is, named before though he
said nothing (children_of_kin.tsv read both ways: what a person is to their brother, son, husband)."""
from said_by import speaker_of


def test_my_brother_is_the_one_whose_brother_the_speaker_was_made():
    text = ("Their coach, Ruwan Silva, said the pitch had been slow. \"We were beaten by the better side,\" Silva said.\n\n"
            "Silva's younger brother, Nimal Silva, had earlier made 58 for the visitors. "
            "\"My brother warned me to be patient, and I tried,\" Nimal said.")
    assert speaker_of(text, "me to be patient") == "Ruwan Silva"


def test_her_husband_is_the_man_whose_widow_she_was_brought_in_as():
    text = ("The drowned man was identified by police as Anthony Rodrigo, 48, a boat owner from the village.\n\n"
            "His widow, Mary Rodrigo, told reporters that her husband had warned the harbour office about the nets. "
            "\"He said someone would die out there,\" she said.")
    assert speaker_of(text, "someone would die out there") == "Anthony Rodrigo"


def test_her_father_is_the_one_whose_daughter_she_was_brought_in_as_whatever_her_surname():
    text = ("\"We never chose to be cut off,\" said Harold Gillis, 74, who has fished out of the cove all his life.\n\n"
            "Gillis's daughter, Joanne Gillis-Tobin, runs the only store. \"Bread comes in on Tuesdays,\" she said.\n\n"
            "Her father shook his head at the promise of a road. \"I've heard that since I was a boy,\" he said.")
    assert speaker_of(text, "since I was a boy") == "Harold Gillis"


def test_my_father_is_the_one_other_man_of_the_speakers_surname_named_in_full():
    text = ("Speaking at the opening, Chairman Mr. Ruwan Gunasekara said: \"My father always said that a mill "
            "belongs to the town around it.\"\n\n"
            "The company employs 2,400 people at three plants.\n\n"
            "Founded in 1981 by the late Mr. K.D. Sirisena Gunasekara, the firm began with twelve looms.")
    assert speaker_of(text, "a mill belongs to the town") == "K.D. Sirisena Gunasekara"


def test_her_son_bears_his_mothers_first_surname_last():
    text = ("Every morning Doña Carmen Robles Vega opens the bakery her parents built. The ovens now belong to her son, "
            "Tomás Ibarra Robles, who came back from Chicago in 2020.\n\n"
            "\"The ovens have not gone cold since 1968,\" Doña Carmen said.\n\n"
            "Her son says the recipes were never written down.")
    assert speaker_of(text, "the recipes were never written down") == "Tomás Ibarra Robles"
