""""Asked by this reporter whether he …": the story's writer, called so in the third person, is no
one a later "he" or "she" stands for."""
from said_by import speaker_of


def test_he_after_this_reporter_is_the_man_asked():
    text = ("Last ferryman of the lagoon\n\n"
            "By Sara Okafor\n\n"
            "CHIOGGIA — Renzo Bellin, 71, has rowed the same route for fifty years.\n\n"
            "Asked by this reporter whether he would ever stop, he laughs.\n\n"
            "\"When the water stops,\" he says.\n")
    assert speaker_of(text, "When the water stops") == "Renzo Bellin"


def test_an_importer_with_a_clause_of_its_own_is_not_the_institute_named_before():
    text = ("Crab exports surge\n\n"
            "The crab reached the gulf in 2014, according to the Instituto Marino del Sur, a state "
            "research body.\n\n"
            "The Japanese importer that buys most of the catch declined to comment on prices.\n")
    assert speaker_of(text, "on prices") != "Instituto Marino del Sur"
