"""Gaelic surnames with an article inside ("Mac an t-Sagairt", "Nic a' Bhreatannaich", "Mac an
Fhleisteir"): the tagger stops at "Mac" or keeps only the last word, but the surname runs from the
opener to the name after the article, and "Mr Mac an t-Sagairt" later is the same person."""
from tests.engine.resolve.said_by import speaker_of

HALL = ("Cllr Eachann Mac an t-Sagairt, who sits for Strathpeffer, said the village hall needed a new roof.\n\n"
        "Mr Mac an t-Sagairt said the council had promised repairs in 2019.")

SHINTY = ("Coach Fearchar Mac an Fhleisteir said his side had played well.\n\n"
          "\"We were the better team for an hour,\" he said.")

CROFT = "Dr Seonaid Nic a' Bhreatannaich said the croft rents had doubled in a decade."


def test_the_surname_runs_past_its_article():
    assert speaker_of(HALL, "needed a new roof") == "Eachann Mac an t-Sagairt"
    assert speaker_of(CROFT, "croft rents") == "Seonaid Nic a' Bhreatannaich"


def test_the_surname_alone_is_the_person_named_in_full():
    assert speaker_of(HALL, "promised repairs") == "Eachann Mac an t-Sagairt"


def test_a_name_the_tagger_took_for_a_body_is_a_person_by_its_gaelic_surname():
    assert speaker_of(SHINTY, "played well") == "Fearchar Mac an Fhleisteir"
    assert speaker_of(SHINTY, "the better team") == "Fearchar Mac an Fhleisteir"
