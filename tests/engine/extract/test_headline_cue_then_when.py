"""A headline's "…, judge says as he is jailed": the speaker and cue verb, then when they spoke; and
"…, insists operator after deal": a cue verb that may stand before its speaker; not "…, announces
hub", a verb with an object of its own."""
import pytest


def _finds(engine, text):
    r = engine.analyze(text)
    return [(r.source(a.source_id).name if a.source_id else None, a.content.text) for a in r.attributions]


@pytest.mark.parametrize("text, who, words", [
    ("Builder 'cheated every customer', judge says as he is jailed\n\nA builder was jailed on Friday.\n",
     "judge", "Builder 'cheated every customer'"),
    ("Ferry fares to rise by a third, insists operator after fuel deal\n\nThe deal was signed on Monday.\n",
     "operator", "Ferry fares to rise by a third"),
])
def test_headline_speaker_before_when(engine, text, who, words):
    assert (who, words) in _finds(engine, text)


def test_headline_verb_with_an_object_is_no_speaker(engine):
    text = "Harbour firm doubles profit, announces new depot\n\nThe firm said on Monday that profit had doubled.\n"
    assert all(who != "new depot" for who, _ in _finds(engine, text))
