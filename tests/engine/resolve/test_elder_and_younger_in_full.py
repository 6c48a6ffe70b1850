""""The elder Mr Lim" and "the younger Mr Lim" after a firm's news names both in full with their
ages, neither as a speaker: two people, each his own words."""
from said_by import speaker_of

STORY = ("Harbour Freight said on Monday that founder and chairman Lim Kah Huat, 68, will hand the "
         "chief executive role to his son, deputy chief executive Lim Wei Ming, 39, from June 1.\n\n"
         "\"I would rather my son take the wheel now,\" the elder Mr Lim said in an interview.\n\n"
         "The younger Mr Lim said the firm would buy 40 electric trucks next year.\n\n"
         "\"Our customers want cleaner deliveries, and we cannot wait,\" he said.")


def test_the_elder_is_the_older_of_the_two_named():
    assert speaker_of(STORY, "take the wheel now") == "Lim Kah Huat"


def test_the_younger_is_the_son():
    assert speaker_of(STORY, "40 electric trucks") == "Lim Wei Ming"


def test_he_who_speaks_on_is_the_younger():
    assert speaker_of(STORY, "we cannot wait") == "Lim Wei Ming"
