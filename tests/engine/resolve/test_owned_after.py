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


def test_the_comment_came_from_someone_named_after_an_aside():
    text = ("Village votes for a bypass\n\n"
            "The council approved the road by seven votes to two.\n\n"
            "\"We should have built it twenty years ago.\"\n\n"
            "The comment, muttered from the second row, came from Ferdinand Obermaier, who runs the village "
            "butcher's shop.\n")
    assert speaker_of(text, "We should have built it") == "Ferdinand Obermaier"


def test_the_voice_belongs_to_someone_titled():
    text = ("Tomato growers count their losses\n\n"
            "\"We sprayed and sprayed, and still the moth came.\" The voice belongs to Hajiya Zainab Garba "
            "Yola, a widow who farms four hectares near the river.\n")
    assert speaker_of(text, "We sprayed and sprayed") == "Zainab Garba Yola"


def test_the_words_belong_to_someone():
    text = ("Salt water reaches the taps\n\n"
            "\"We live beside the river and we drink salt.\" The words belong to Abu Karim, a taxi driver who "
            "gave only his kunya.\n")
    assert speaker_of(text, "We live beside the river") == "Abu Karim"


def test_someone_recounts_the_moment_in_the_next_sentence():
    text = ("Storm leaves trail of wrecked cars\n\n"
            "\"I saw the lights and I knew. I just held the wheel.\" Janelle Porter, 41, of Midland, recounted "
            "the moment from a shelter at a church.\n")
    assert speaker_of(text, "I saw the lights") == "Janelle Porter"
