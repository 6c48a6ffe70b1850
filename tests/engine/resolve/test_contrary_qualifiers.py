"""A body described by its kind and a word for one side ("the ruling party", "the state ministry")
is not the named body of that kind the text puts on the other side (contrary.py)."""
from said_by import speaker_of


def test_ruling_party_is_not_the_opposition_party_named():
    text = ("The opposition Lanmark Unity Party said on Tuesday that counting in six districts had been "
            "rigged. The ruling party rejected the claims, saying the vote was fair.")
    assert speaker_of(text, "rigged") == "Lanmark Unity Party"
    assert speaker_of(text, "the vote was fair") == "ruling party"


def test_the_party_plain_is_still_the_party_named():
    text = ("The opposition Lanmark Unity Party said on Tuesday that counting in six districts had been "
            "rigged. The party said it would go to court.")
    assert speaker_of(text, "go to court") == "Lanmark Unity Party"


def test_state_ministry_is_not_the_federal_one():
    text = ("The federal Ministry of Water said on Friday that the dam was safe. "
            "The state ministry said it would inspect the dam itself.")
    assert speaker_of(text, "inspect the dam") == "state ministry"


def test_federal_ministry_is_not_a_state_ministry_by_its_name():
    text = ("The Kordofan State Ministry of Health said on Monday that it had opened six clinics. "
            "The federal ministry said it had sent vaccines to the region.")
    assert speaker_of(text, "sent vaccines") != "Kordofan State Ministry of Health"


def test_federal_ministry_named_is_not_the_state_ministry_named_before():
    text = ("The Blue Nile State Ministry of Health said it had handed out 9,000 bed nets. "
            "The federal Ministry of Health did not respond to a request for comment.")
    assert speaker_of(text, "request for comment") != "Blue Nile State Ministry of Health"
    assert speaker_of(text, "bed nets") == "Blue Nile State Ministry of Health"
