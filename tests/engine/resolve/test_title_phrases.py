""""Dato' Sri Ahmad Faizal Rahman", "Tan Sri Lim Kok Heng": a title of more than one word before a
name is no part of it, however the tagger splits the apostrophe. Sentences written for the test."""
from said_by import speaker_of


def test_dato_sri_is_no_part_of_the_name():
    text = ("\"Our yields have recovered faster than we expected,\" Dato' Sri Rosli Hamzah Ismail said at "
            "a briefing.\n")
    assert speaker_of(text, "yields have recovered") == "Rosli Hamzah Ismail"


def test_dato_sri_after_a_post_is_no_part_of_the_name_and_the_short_form_joins_it():
    text = ("\"Costs are down,\" group chief executive Dato’ Sri Rosli Hamzah Ismail said on Tuesday.\n\n"
            "Asked about a merger, Rosli Hamzah said the board was \"not in any talks\".\n")
    assert speaker_of(text, "Costs are down") == "Rosli Hamzah Ismail"
    assert speaker_of(text, "board was") == "Rosli Hamzah Ismail"


def test_tan_the_surname_is_still_a_name():
    text = "\"The port will reopen,\" Tan Wei Ming said on Monday.\n"
    assert speaker_of(text, "port will reopen") == "Tan Wei Ming"


def test_british_police_ranks_shortened_are_no_part_of_the_name():
    text = ("Det Sgt Owen Pritchard, of Severn Vale Police, said the van had been stolen in March.\n\n"
            "\"We need the public's help,\" DS Pritchard said.\n")
    assert speaker_of(text, "had been stolen") == "Owen Pritchard"
    assert speaker_of(text, "public's help") == "Owen Pritchard"
