"""A post capitalised as its holder's title ("The Speaker said", "The Governor said") is the post,
read as "the speaker" is: its holder where the text named them, else the post itself."""
from said_by import speaker_of


def test_the_speaker_is_the_speaker_named_before():
    text = ("Members staged a walkout from the State Legislative Assembly on Tuesday after Speaker Shri "
            "M. N. Gowda refused to admit an adjournment motion.\n\n"
            "The Speaker said the motion did not meet the conditions under Rule 60.")
    assert speaker_of(text, "conditions under Rule 60") == "M. N. Gowda"


def test_the_speaker_with_no_one_named_stays_the_post():
    text = "The Speaker said the motion did not meet the conditions under Rule 60."
    assert speaker_of(text, "conditions under Rule 60").lower() == "speaker"
