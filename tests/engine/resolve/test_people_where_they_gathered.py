"""People known only by where they were when they spoke are called with it: "according to
relatives gathered outside the prison gates on Sunday" is "relatives gathered outside the prison
gates" (when is no part of who)."""
from said_by import speaker_of


def test_relatives_gathered_outside_are_called_so():
    text = ("Two inmates were killed in a riot at the Tocorón prison on Saturday night, according to relatives "
            "gathered outside the prison gates on Sunday.")
    assert speaker_of(text, "Two inmates were killed") == "relatives gathered outside the prison gates"


def test_relatives_alone_stay_relatives():
    text = "Two inmates were killed in a riot at the Tocorón prison on Saturday night, according to relatives."
    assert speaker_of(text, "Two inmates were killed") == "relatives"
