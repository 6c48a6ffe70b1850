"""A name set beside someone's agent or publicist is that person's name, even where the tagger took
it for a firm's ("Marcus Reed of Brightwater Sports Group"): titles.txt holds the posts an
athlete's, artist's or client's people are called by (agent, publicist, promoter, solicitor …)."""
from said_by import speaker_of


def test_the_agent_set_beside_a_name_tagged_as_a_firm_is_that_name():
    text = ("Diaz's agent, Marcus Reed of Brightwater Sports Group, denied that the striker had asked "
            "to leave the club.\n")
    assert speaker_of(text, "asked to leave") == "Marcus Reed"


def test_the_publicist_set_beside_a_name_tagged_as_a_firm_is_that_name():
    text = ("Okafor's publicist, Marcus Bell of Brightline Media, said the tour would go ahead "
            "as planned.\n")
    assert speaker_of(text, "tour would go ahead") == "Marcus Bell"
