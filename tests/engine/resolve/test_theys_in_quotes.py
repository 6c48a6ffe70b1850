"""A "they" that tells something inside a quote is the body or the people just spoken of, in the
quote or the lines before it (resolve/quoted_theys.py)."""
from said_by import speaker_of


def test_they_in_a_quote_is_the_body_the_speaker_wrote_to():
    text = ("The bus depot in Marrow Bay closed in June.\n\n"
            "\"I have written to the transit authority four times. They told me the route was under review,\" "
            "said Ingrid Falk, who runs the corner shop.\n")
    assert speaker_of(text, "under review") == "transit authority"


def test_they_in_an_interview_answer_is_the_body_of_the_answer_before():
    text = ("Grace Nwosu has run the only pharmacy in Kelso Point for twelve years. She spoke to us by phone. "
            "The interview has been edited for length.\n\n"
            "Q: Is the clinic short of staff?\n\n"
            "A: Badly. I have raised it with the health board every month.\n\n"
            "Q: And what did they say?\n\n"
            "A: They told me staffing is a problem everywhere. That does not help anyone here.\n\n"
            "Q: Will you stay?\n\n"
            "A: For now, yes.\n")
    assert speaker_of(text, "a problem everywhere", "assert") in ("health board", "the health board")


def test_a_named_person_nearer_leaves_they_alone():
    text = ("\"I spoke to the council and then to Mark Doyle. They told me to wait,\" said Lena Brandt.\n")
    assert speaker_of(text, "to wait") != "council"
