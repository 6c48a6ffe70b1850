""""The shift boss had told the men to keep digging", "they tell us to use the mobile library": an order
given in words by someone who can speak is their statement, the object and its infinitive; not the
speaker's own "I told them to stop …" in their quote, nor an order never given, nor "my knees told me"."""
import pytest


def _told(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions
            if a.statement and a.cue is not None and a.cue.text.endswith(("told", "tell"))]


@pytest.mark.parametrize("text, content", [
    ("D. Tsogtbaatar said the shift boss had told the men to keep digging.", "the men to keep digging"),
    ("\"He pointed it at my face and told me to open the till,\" Rashid said.", "me to open the till"),
    ("The judge told jurors not to research the case online.", "jurors not to research the case online"),
])
def test_an_order_told_is_a_statement(engine, text, content):
    assert content in _told(engine, text)


@pytest.mark.parametrize("text", [
    "\"At half-time I told them to stop admiring the opposition,\" the coach said.",
    "\"My knees have finally told me to stop,\" he said.",
    "\"Nobody told us to leave until the water was in the street,\" he said.",
    "Her husband says she never once told him to sell.",
])
def test_no_order_told_by_another(engine, text):
    assert _told(engine, text) == []
