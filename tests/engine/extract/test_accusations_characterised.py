"""An accusation named and then characterised in the speaker's own quoted words is dismissed: a
denial; words that weigh it, a thing that is no accusation, or no quoted words, are not."""
import pytest


def _stances(engine, text):
    return [a.stance for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    'The mayor called the accusation "a panicked move two days before the vote."',
    'The chef answered online, calling her brother\'s claims "sad and invented".',
    'The firm called the lawsuit "baseless and opportunistic".',
    'The mill denied reports that it would close, describing them as "false and mischievous".',
])
def test_an_accusation_characterised_in_quoted_words_is_denied(engine, text):
    assert "deny" in _stances(engine, text)


@pytest.mark.parametrize("text", [
    'The senator called the allegations "serious and troubling".',
    'The coach called the decision "a disgrace".',
    "The mayor called the accusation a matter for the police.",
])
def test_weighed_no_accusation_or_unquoted_stays_an_assertion(engine, text):
    assert "deny" not in _stances(engine, text)
