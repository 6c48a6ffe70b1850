"""An outlet called by its place and kind, then its name, in one run ("the Lagos daily Morning
Sentinel reported") is the outlet by its name (outlet_after_kind.py). Sentences written for the test."""
from said_by import speaker_of


def test_place_daily_then_name():
    text = "The cabinet will meet on Monday, the Lagos daily Morning Sentinel reported."
    assert speaker_of(text, "cabinet will meet") == "Morning Sentinel"


def test_place_daily_then_name_in_another_language():
    text = ("The central bank is weighing a cut to reserve requirements, the Lima daily La Voz Limeña "
            "reported on Monday, citing two officials.")
    assert speaker_of(text, "reserve requirements") == "La Voz Limeña"


def test_a_possessive_before_the_kind_is_no_outlet_named():
    text = "The paper's editor Ana Ruiz said the story was accurate."
    assert speaker_of(text, "story was accurate") == "Ana Ruiz"
