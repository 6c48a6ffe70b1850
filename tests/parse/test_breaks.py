"""Sentence breaks the parser is given: line breaks and datelines."""
import pytest

from sourcetrace import analyze
from sourcetrace.parse import load_nlp


def sentences(text):
    return [s.text for s in load_nlp()(text).sents]


def test_a_line_break_ends_a_sentence():
    assert sentences("Port strike enters day two\nDockers said talks had stalled.")[0] == "Port strike enters day two\n"


@pytest.mark.parametrize("text, first, source", [
    ("LYON - Transport officials said the tram line would open in June.", "LYON -", "Transport officials"),
    ("Opening line.\n\nST. MALO - Harbour officials said ferries would sail on Sunday.", "ST. MALO -",
     "Harbour officials"),
])
def test_a_dateline_is_not_part_of_the_first_sentence(text, first, source):
    assert first in sentences(text)
    [a] = analyze(text, model="rules").attributions
    assert a.source.text == source


@pytest.mark.parametrize("text", [
    "US-trained pilots said the base was safe.",
    "NATO - the alliance - said it would respond.",
])
def test_a_hyphenated_word_or_an_aside_is_no_dateline(text):
    assert len(sentences(text)) == 1
