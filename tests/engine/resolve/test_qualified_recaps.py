"""A post set after a team, a constituency or a place, or a rank's general word, recalled with
"the" where no one is given that post by name, is the one person named in the sentence just
before (resolve/qualified_recaps.py, roles.json rank_families)."""
from said_by import speaker_of


def test_a_post_qualified_by_a_team_recalls_the_bare_name_just_before():
    text = ("MARLOW FALLS — Bryce Okonkwo-Hale was in no mood for excuses.\n\n"
            "\"We were beaten in every corner of the rink,\" the Marlow Falls Otters head coach said "
            "after a 5-0 loss to the Pine Bay Gulls. \"That is on me.\"\n\n"
            "Pine Bay coach Sandra Veltri said her side had prepared for a week.")
    assert speaker_of(text, "beaten in every corner") == "Bryce Okonkwo-Hale"


def test_a_post_qualified_by_a_constituency_recalls_the_spokesperson_just_named():
    text = ("At question time, Green transport spokesman Callum Dunleavy said the ferry contract had "
            "been \"a fiasco from day one\".\n\n"
            "\"Islanders are stranded every winter while ministers shrug,\" the Inverclyde North MSP "
            "told the chamber.")
    assert speaker_of(text, "Islanders are stranded") == "Callum Dunleavy"


def test_a_ranks_general_word_recalls_the_ranked_officer_just_named():
    text = ("The men were jailed for a total of nine years.\n\n"
            "Detective Sergeant Imogen Thackeray, of West Mercia Police, said the victims had been "
            "targeted for their savings.\n\n"
            "\"These were calculated crimes,\" the officer said.")
    assert speaker_of(text, "These were calculated crimes") == "Imogen Thackeray"


def test_a_bodys_spokesperson_recalls_no_one_named_before():
    text = ("The square was renamed after the poet Farida Nawaz in 1990.\n\n"
            "The Punjab government's spokesperson did not respond to questions about the order.")
    assert speaker_of(text, "questions about the order") != "Farida Nawaz"


def test_a_body_of_a_post_recalls_no_one_named_before():
    text = ("Councillor Niamh Carrick said the station had been 'left to rot' and called on the "
            "Minister for Justice to act.\n\n"
            "The Department of Justice did not respond to a request for comment.")
    assert speaker_of(text, "a request for comment") != "Niamh Carrick"
