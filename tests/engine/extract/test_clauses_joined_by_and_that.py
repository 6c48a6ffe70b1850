"""Reported clauses joined by "and that" are the parts of one statement's content, one per clause;
a "that" that is a determiner, or one inside the speaker's quoted words, cuts nothing."""
import pytest


def _parts(engine, text):
    return [[p.text for p in a.content_parts] for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text, first, second", [
    ("The mayor said the bridge would reopen in May and that tolls would stay at two dollars.",
     "the bridge would reopen in May and", "that tolls would stay at two dollars"),
    ("A spokeswoman for the airline told reporters that 40 flights had been cancelled, and that "
     "passengers would be rebooked free of charge.",
     "that 40 flights had been cancelled, and", "that passengers would be rebooked free of charge"),
    ('The union wrote in a letter that the offer was "an insult" but that talks would go on.',
     'that the offer was "an insult" but', "that talks would go on"),
])
def test_clauses_joined_by_and_that_are_parts(engine, text, first, second):
    assert [first, second] in _parts(engine, text)


@pytest.mark.parametrize("text", [
    "The coach said the team had trained hard and that effort showed on Saturday.",
    'The minister said voters wanted "homes and that sense of safety we all grew up with".',
])
def test_no_cut_at_a_determiner_or_inside_quotes(engine, text):
    assert all(len(parts) == 1 for parts in _parts(engine, text))
