"""A cue whose speaker is no one ("Nobody asked us", "No family should have to wonder what …",
"None of the candidates said …") reports nobody's words: no statement. The quote holding it is one,
a "no one" silence stays a non-response, and what someone says of "nobody" is theirs."""
import pytest


def _statements(engine, text):
    return [(a.content.text, a.stance) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text, words", [
    ('"Nobody downtown asked us," the shopkeeper Gene Toll said.', "Gene Toll said"),
    ('"He is seven," she said. "Nobody asked what that means for a child."', "what that means"),
    ('"No family in this town should have to wonder what comes out of the tap," the mayor said.', "what comes out"),
    ("None of the three candidates said they would raise taxes.", "they would raise taxes"),
])
def test_nobodys_words_are_no_statement(engine, text, words):
    assert not any(content.startswith(words) for content, _ in _statements(engine, text))


@pytest.mark.parametrize("text, content, stance", [
    ('"Nobody downtown asked us," the shopkeeper Gene Toll said.', "Nobody downtown asked us", "assert"),
    ("The mayor said no decision had been made.", "no decision had been made", "assert"),
    ("Two residents said nobody had warned them about the flooding.", "nobody had warned them about the flooding",
     "assert"),
])
def test_statements_about_nobody_stay(engine, text, content, stance):
    assert (content, stance) in _statements(engine, text)


def test_nobody_answering_is_still_a_non_response(engine):
    assert any(stance == "no_response" for _, stance in _statements(engine, "The clinic was called twice. No one answered."))
