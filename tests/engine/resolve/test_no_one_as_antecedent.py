""""Nobody in the village calls him William … he says": no one, or the "you" a question is put
to, is never whom a pronoun after it stands for; the person named before is."""
from said_by import speaker_of


def test_he_after_nobody_is_the_man_named_before():
    text = ("At dawn the bell above the shop door rings, as it has for Aled Pritchard for 40 years.\n\n"
            "Nobody in the village calls him Aled.\n\n"
            "\"It is the end of an era,\" he says, counting out change.")
    assert speaker_of(text, "end of an era") == "Aled Pritchard"


def test_she_after_no_one_is_the_woman_named_before():
    text = ("Councillor Megan Okafor opened the meeting at seven.\n\n"
            "No one on the committee had read the report.\n\n"
            "She said the vote would have to wait a month.")
    assert speaker_of(text, "vote would have to wait") == "Megan Okafor"
