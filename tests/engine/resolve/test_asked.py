"""A question reported as "Asked whether …, X said" is not X's: it is the one audience the story
names its people speaking to, or no one's."""
from sourcetrace import analyze


def asker(text: str, words: str):
    r = analyze(text)
    a = next(a for a in r.attributions if a.content.text.startswith(words))
    return r.source(a.source_id).name if a.source_id else None


def test_the_question_is_the_audience_the_story_names():
    text = ("\"I have never discussed the tender with my brother,\" Councillor Dana Whitby told reporters outside "
            "the town hall.\n\nAsked whether she had met the contractor at a family dinner, Whitby said that was untrue.")
    assert asker(text, "whether she had met") == "reporters"


def test_with_no_audience_named_the_asker_is_left_unknown():
    text = ("Councillor Dana Whitby denied any conflict of interest.\n\n"
            "Asked whether she had met the contractor at a family dinner, Whitby said that was untrue.")
    assert asker(text, "whether she had met") != "Dana Whitby"


def test_a_named_asker_keeps_the_question():
    text = ("Asked by one analyst whether the firm would sell the mine, chief executive Graham Oyelaran "
            "would not say.")
    assert asker(text, "whether the firm would sell") == "one analyst"


def test_the_answer_after_the_question_stays_the_answerers():
    text = ("\"I have never discussed the tender with my brother,\" Councillor Dana Whitby told reporters outside "
            "the town hall.\n\nAsked whether she had met the contractor at a family dinner, Whitby said that was "
            "untrue. \"It simply did not happen.\"")
    r = analyze(text)
    a = next(a for a in r.attributions if "simply did not happen" in a.content.text)
    assert r.source(a.source_id).name == "Dana Whitby"
