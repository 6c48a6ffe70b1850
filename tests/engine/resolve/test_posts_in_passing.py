"""A post said alone is the one person the text titled with it before, though that person spoke
nowhere before (resolve/posts_in_passing.py)."""
from said_by import speaker_of


def test_the_igp_is_the_inspector_general_named_in_passing():
    text = ("Inspector General of Police Aliyu Danladi visited the scene on Monday.\n\n"
            "The IGP said the suspects would be charged.")
    assert speaker_of(text, "suspects would be charged") == "Aliyu Danladi"


def test_two_holders_named_leave_the_post_unnamed():
    text = ("Inspector General of Police Aliyu Danladi met his predecessor, Inspector General of Police "
            "Musa Bello, on Monday.\n\nThe IGP said the suspects would be charged.")
    assert speaker_of(text, "suspects would be charged") not in ("Aliyu Danladi", "Musa Bello")


def test_the_speaker_is_the_speaker_named_before():
    text = ("Members staged a walkout from the State Legislative Assembly on Tuesday after Speaker Shri "
            "M. N. Gowda refused to admit an adjournment motion.\n\n"
            "The Speaker said the motion did not meet the conditions under Rule 60.")
    assert speaker_of(text, "conditions under Rule 60") == "M. N. Gowda"


def test_the_speaker_with_no_one_named_stays_the_post():
    text = "The Speaker said the motion did not meet the conditions under Rule 60."
    assert speaker_of(text, "conditions under Rule 60").lower() == "speaker"


def test_kenyas_cabinet_secretary_called_the_cs():
    text = ("Energy Cabinet Secretary Wanjiru Kamau Ndegwa said the tariff review would be published in May.\n\n"
            "\"Nobody will pay for power they did not use,\" the CS told the committee on Thursday.")
    assert speaker_of(text, "Nobody will pay") == "Wanjiru Kamau Ndegwa"
    assert speaker_of("CS Wanjiru Ndegwa said the review was ready.", "review was ready") == "Wanjiru Ndegwa"
