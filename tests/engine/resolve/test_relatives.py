"""Relatives who share a surname stay two people; "the elder" and "the younger" say which is meant."""
from sourcetrace import analyze

FAMILY = ("Ruth Mendel has kept bees on Marsh Lane for thirty years. Her son, Daniel Mendel, "
          "said he had taken over the hives in May. ")


def speaker_of(text, words):
    r = analyze(text)
    return next(r.source(a.source_id) for a in r.attributions if words in a.content.text)


def test_the_younger_is_the_one_introduced_as_the_child():
    text = FAMILY + "The younger Mendel said the hives had doubled since spring."
    assert speaker_of(text, "hives had doubled").name == "Daniel Mendel"


def test_the_elder_is_the_parent():
    text = FAMILY + "The younger Mendel said the hives had doubled. The elder Mendel said the honey was thin this year."
    assert speaker_of(text, "honey was thin").name == "Ruth Mendel"


def test_ages_decide_when_the_text_gives_them():
    text = ("Jonas Quist, 45, and Mara Quist, 71, run the ferry together. "
            "The elder Quist said the engine was older than her son.")
    assert speaker_of(text, "engine was older").name == "Mara Quist"


def test_the_two_relatives_stay_two_people():
    r = analyze(FAMILY + "Daniel Mendel said the queen had died. Ruth Mendel said she had not.")
    names = {r.source(a.source_id).name for a in r.attributions if a.source_id}
    assert {"Daniel Mendel", "Ruth Mendel"} <= names
