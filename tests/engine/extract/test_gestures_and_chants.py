"""A gesture at a person or a thing one can see ("pointed to the sky", "pointed at him") and a chant
of a name with no words but a clause of the time it was chanted report no words; pointing to a
reason or a fact, and chanting that something must happen, do."""
import pytest


def _said(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "Moana Reti pointed to the sky after match point.",
    # guards: already no statement
    "Referee Callum Ruddock pointed to the spot, and the striker scored.",
    "The witness shook his head when the prosecutor Ilse Brandt pointed at him.",
    "The home crowd chanted the goalkeeper's name as he walked off holding the ball aloft.",
])
def test_a_gesture_or_a_chanted_name_is_no_statement(engine, text):
    assert _said(engine, text) == []


def test_pointing_to_a_reason_is_a_statement(engine):
    text = ("A spokesman for the ferry company said fares were kept under review and pointed to a "
            "12 per cent rise in fuel costs this year.")
    assert any("rise in fuel costs" in content for content in _said(engine, text))


def test_a_chant_of_a_clause_is_a_statement(engine):
    assert _said(engine, "Protesters outside the town hall chanted that the mayor must resign.") == \
        ["that the mayor must resign"]


def test_a_recall_with_its_reason_stays_a_statement(engine):
    text = ("Harlow Foods is recalling about 40,000 jars of a peanut spread because some may contain "
            "fragments of glass.")
    assert _said(engine, text)
