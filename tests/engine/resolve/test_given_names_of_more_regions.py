"""Given names of Africa, the Pacific and Central and South Asia say the sex of the one named, so a
"he" or "she" after two people is never the one of the other sex (lexicons/given_names_sex.tsv)."""
import pytest
from said_by import speaker_of

from sourcetrace.engine.resolve.gender import from_first_name


@pytest.mark.parametrize("name, sex", [("Ngozi", "f"), ("Aizada", "f"), ("Wanjiru", "f"), ("Salote", "f"),
                                       ("Dilrukshi", "f"), ("Siosaia", "m"), ("Nuwan", "m"), ("Kelechi", "m"),
                                       ("Daniyar", "m"), ("Thabo", "m"), ("Khalfan", "m"), ("Maitha", "f")])
def test_the_name_says_the_sex(name, sex):
    assert from_first_name(name) == sex


def test_a_she_after_a_man_and_a_woman_of_such_names():
    text = ("The Nuku'alofa market will reopen on Monday, the town council said.\n\n"
            "Council clerk Siosaia Fifita said the roof had been repaired after the cyclone. "
            "Stallholder Salote Vaipulu met him at the gate on Friday.\n\n"
            "\"We lost three weeks of trade,\" she said. \"Nobody paid us for that.\"\n")
    assert speaker_of(text, "three weeks of trade") == "Salote Vaipulu"


def test_a_samoan_title_before_the_name_says_no_sex():
    text = ("A new seawall was finished at Saleapaga on Monday.\n\n"
            "The village mayor, Tuala Sione Faleolo, said the sea had reached the church twice last year. "
            "\"We slept with our shoes on,\" he said.\n\n"
            "The district's MP, Leota Iosefa Tauiliili, told reporters the wall covered only half the coast. "
            "\"Three villages are still waiting,\" Leota said.\n\n"
            "He said he had asked the ministry for a survey of the rest of the shoreline.\n")
    assert speaker_of(text, "asked the ministry") == "Leota Iosefa Tauiliili"


def test_a_gulf_given_name_the_tagger_took_for_a_body_opens_the_name():
    text = ("Hamdan Saif Al Mazrouei, 51, and his cousin ran a car-hire firm in Sharjah until 2021.\n\n"
            "\"We paid every supplier,\" Hamdan told the court.\n")
    assert speaker_of(text, "every supplier") == "Hamdan Saif Al Mazrouei"
