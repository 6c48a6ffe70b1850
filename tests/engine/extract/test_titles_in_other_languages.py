"""A work's title in French, Spanish or another language keeps its small words in lower case, and
may be in sentence case: set off by commas after the word for the work, it is a title, not words said."""
import pytest


def _statements(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text, title", [
    ('In 1990 she published a novel, "La maison sur la rive," and moved to Moncton.', "La maison sur la rive"),
    ('He recorded an album, "Canciones de la frontera," with his brothers.', "Canciones de la frontera"),
])
def test_a_title_set_off_is_no_statement(engine, text, title):
    assert title not in _statements(engine, text)
