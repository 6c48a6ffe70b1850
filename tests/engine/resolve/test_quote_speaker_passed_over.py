"""A "she" inside someone's quote is never the quote's speaker, named last before the quote: the
reader looks past the speaker to the person in view before (not_the_quotes_speaker.py; a hyphened
speaker's name is still the speaker's, and "His son, Piotr …" is no relative beside him, quoted.py)."""
from said_by import speaker_of


def test_a_mother_named_before_her_daughter_with_a_hyphened_surname():
    text = ("Margit Olsen-Berg, who taught piano in Tromsø for fifty years, has died at 91.\n\n"
            "Olsen was made a knight of the Order of St Olav in 2001.\n\n"
            "Her daughter, Kari Olsen-Berg, said her mother never raised her voice. "
            "\"She'd say, 'Play it again, slower.' And you did,\" Olsen-Berg said.")
    assert speaker_of(text, "Play it again") != "Kari Olsen-Berg"


def test_a_son_speaking_of_his_father_named_before_him():
    text = ("Tadeusz Nowak ran the bakery on Długa Street for four decades.\n\n"
            "His son, Piotr Nowak-Zieliński, took over in 2015. "
            "\"He told me, 'Never sell yesterday's bread.' I never have,\" Nowak-Zieliński said.")
    assert speaker_of(text, "Never sell yesterday") == "Tadeusz Nowak"


def test_a_speaker_named_by_surname_alone_is_passed_over():
    text = ("Fatima Bello founded the clinic in Kano in 1998.\n\n"
            "Her successor, Dr Amina Yusuf, said the founder had been strict. "
            "\"She said, 'Nobody waits outside in the sun.' We still follow that,\" Yusuf said.")
    assert speaker_of(text, "Nobody waits outside") == "Fatima Bello"


def test_someone_named_between_the_speaker_and_the_quote_still_comes_first():
    text = ("Rosa Ferreira said her neighbour, Lucia Matos, had warned the council twice. "
            "\"She told them, 'The wall will fall.' It fell,\" Ferreira said.")
    assert speaker_of(text, "The wall will fall") == "Lucia Matos"
