"""'The club said' is the club of the person quoted before it; a trade that is also a word for a firm
('the Toronto-based miner') is the firm that spoke, unless someone in the story is so called."""
from said_by import speaker_of


MATCH = ("The Kellmoor Hawks beat the Dunmore Sharks 22-20 at Seaview Oval on Saturday night.\n\n"
         "{coach} said his players had fought to the end. \"We were sharp from the start,\" the coach said.\n\n"
         "The club said in a statement that winger Jon Pell had a knee injury.\n")


def test_the_club_is_the_club_whose_coach_spoke_just_before():
    assert speaker_of(MATCH.format(coach="Hawks coach Ivo Brandt"), "knee injury") == "Kellmoor Hawks"


def test_the_club_is_nobody_guessed_where_the_coach_s_club_is_not_a_body_found():
    # the tagger misses "the Dunmore Sharks": the one club found is still not the Sharks coach's
    assert speaker_of(MATCH.format(coach="Sharks coach Ivo Brandt"), "knee injury") != "Kellmoor Hawks"


def test_the_club_is_the_one_club_named():
    text = ("Brackley Town have signed a new goalkeeper from Norway.\n\n"
            "The club said the player would join training on Monday.\n")
    assert speaker_of(text, "join training") == "Brackley Town"


def test_the_club_is_not_a_firm_named_after_it():
    text = ("Brackley Town have signed a new goalkeeper from Norway.\n\n"
            "Harwell Bank said it would sponsor the shirts. The club said the player would join on Monday.\n")
    assert speaker_of(text, "join on Monday") != "Harwell Bank"


def test_a_miner_after_a_mining_firm_spoke_is_the_firm():
    text = ("Corvane Metals Inc. said on Tuesday it would close its northern pit.\n\n"
            "The Perth-based miner said the closure would cost 200 jobs.\n")
    assert speaker_of(text, "200 jobs") == "Corvane Metals"


def test_a_miner_is_a_person_where_the_story_has_a_miner():
    text = ("Corvane Metals Inc. said on Tuesday it would close its northern pit.\n\n"
            "Ted Rusk, a miner for 30 years, was angry. The miner said the closure would ruin the town.\n")
    assert speaker_of(text, "ruin the town") == "Ted Rusk"
