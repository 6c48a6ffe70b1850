"""Someone quoted as "a woman waiting at the pier", whose quote runs on into the next paragraphs, is
the person the text names at the head of the first sentence after the quote ("Elsie Marr, 81, …")."""
from said_by import speaker_of

PIER = ("The ferry will stop running in October, the operator said on Friday.\n\n"
        "\"I have crossed on it every day for thirty years,\" said a woman waiting at the pier. "
        "\"My husband proposed to me on the top deck.\n\n"
        "\"Where will we go now?\"\n\n"
        "Elsie Marr, 81, has lived on the island since 1962. She said the bus takes two hours.\n")


def test_the_woman_is_named_after_her_quote_runs_on():
    assert speaker_of(PIER, "thirty years") == "Elsie Marr"
    assert speaker_of(PIER, "top deck") == "Elsie Marr"


def test_a_name_after_someone_elses_quote_is_not_hers():
    text = PIER.replace("\"Where will we go now?\"\n\n",
                        "\"Where will we go now?\"\n\n\"We are sorry,\" said Tom Varley of Kestrel Lines.\n\n")
    assert speaker_of(text, "thirty years") != "Elsie Marr"
