"""A "he" or "she" inside someone's quoted words is not the one quoting: "“He was shouting that he
would finish my career,” Sheikh said" — the one shouting is the man named before, not Sheikh."""
from said_by import source_of as speaker


COURT = ("Singer Arjun Mehra on Monday denied assaulting a photographer outside a club in May.\n\n"
         "The photographer, Imran Sheikh, told the court that Mehra had grabbed his camera. "
         "\"He was shouting that he would finish my career,\" Sheikh said.\n")


def test_he_in_the_quote_is_the_man_named_before_the_quoter():
    assert speaker(COURT, "he would finish my career").name == "Arjun Mehra"


def test_the_quote_itself_stays_with_the_quoter():
    assert speaker(COURT, "He was shouting").name == "Imran Sheikh"


def test_with_no_one_else_named_the_pronoun_is_left_as_it_was():
    text = ("Imran Sheikh, a photographer, spoke outside the court.\n\n"
            "\"He was shouting that he would finish my career,\" Sheikh said.\n")
    assert speaker(text, "he would finish my career").name != "Arjun Mehra"


def test_a_she_in_a_mans_quote_is_the_woman_named_before():
    text = ("Councillor Ruth Amadi voted against the plan on Tuesday.\n\n"
            "Mayor Tom Brack said he was surprised. \"She told me that she would back it,\" Brack said.\n")
    assert speaker(text, "she would back it").name == "Ruth Amadi"


def test_he_in_reported_speech_is_still_the_one_reporting():
    text = ("Prosecutor Dana Holt questioned the witness.\n\n"
            "Fire investigator Kofi Mensah testified that the blaze had two starting points, "
            "which he said was \"a strong sign of arson.\"")
    assert speaker(text, "a strong sign of arson").name == "Kofi Mensah"
