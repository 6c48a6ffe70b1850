""""The municipality" is the one township, council or town the text names; "the union" is the one body
whose name ends as unions' names do, a closed compound too ("United Steelworkers"); a word that merely
ends in a short kind word ("Las Vegas" for "gas") is no such name."""
from said_by import speaker_of


def test_the_municipality_is_the_township():
    text = ("The Township of Kenmore Bay said roads to the mine would stay open. "
            "The municipality said it had offered help.\n")
    assert speaker_of(text, "offered help") == "Township of Kenmore Bay"


def test_the_union_is_the_one_named_as_workers_are():
    text = ("Shares in Harrowgate Gold Corp. fell after the United Steelworkers called a strike at the mine.\n\n"
            "The union said the company had ignored safety warnings.\n")
    assert speaker_of(text, "ignored safety warnings") == "United Steelworkers"


def test_a_place_ending_in_a_short_kind_word_is_no_utility():
    text = ("Las Vegas Sands Corp. said visitor numbers had recovered.\n\n"
            "The utility said it would raise prices in March.\n")
    assert speaker_of(text, "raise prices") != "Las Vegas Sands"
