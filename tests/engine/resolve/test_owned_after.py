"""A quote with no speaker of its own, then a sentence saying whose words they were ("The speaker
is …", "That was …'s reply"), is that person's. Sentences written for the test."""
from said_by import speaker_of


def test_the_speaker_is_named_in_the_sentence_after_the_quote():
    text = ("Power cuts return to the old town\n\n"
            "NAPLES — At nine at night the lights go out on Via Tribunali.\n\n"
            "\"Now we light candles and wait.\"\n\n"
            "The speaker is Assunta Ferraiolo Russo, 74, a retired seamstress who has lived on the street "
            "since 1969.\n")
    assert speaker_of(text, "Now we light candles") == "Assunta Ferraiolo Russo"


def test_that_was_someones_reply():
    text = ("Rabat club protests penalty\n\n"
            "Striker Youssef Tazi scored the winner from the spot.\n\n"
            "\"He touched my ankle. Everyone in the stadium saw it.\" That was Tazi's reply when told of the "
            "complaint.\n")
    assert speaker_of(text, "He touched my ankle") in ("Youssef Tazi", "Tazi")
