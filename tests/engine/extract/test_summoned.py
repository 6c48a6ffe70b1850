""""his mother called him", "the illness called him home": a call that gives its object no name or
verdict reports no words; "chanted slogans" is a sound made. "called him a liar", "called for a strike",
"shouting that …" report words."""
import pytest


def _said(engine, text):
    return [(a.cue.text, a.content.text) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "When the bakery closed in 2019, his sister called him. He flew back within a week.",
    "His mother's illness called him home to Cork.",
    "Protesters chanted slogans against the mayor before dispersing.",
])
def test_a_call_or_a_chant_with_no_words_is_no_statement(engine, text):
    assert _said(engine, text) == []


@pytest.mark.parametrize("text, content", [
    ("Ms Ferreira called him a coward.", "him a coward"),
    ("Nurses called for a strike.", "a strike"),
    ("He was shouting that the pitch was waterlogged.", "that the pitch was waterlogged"),
])
def test_a_call_that_names_or_asks_is_a_statement(engine, text, content):
    assert content in [c for _, c in _said(engine, text)]


@pytest.mark.parametrize("text, content", [
    ("The two builders accused of fraud called the allegations false as their trial opened on Monday.", "false"),
    ("Rovers coach Anton Petrov called the winning goal offside.", "offside"),
])
def test_a_verdict_after_the_object_is_a_statement(engine, text, content):
    assert any(content in c for _, c in _said(engine, text))
