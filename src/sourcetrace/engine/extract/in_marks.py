"""Words set in quote marks of their own: what a cue reports is then words said, whatever the
verb ("Then Dana yelled 'now!'", "She'd say, 'Never trust a calm lake.'"), not a sound, an act or
a habit guessed at."""
from __future__ import annotations

from spacy.tokens import Doc

from ..parse import text_of
from ..parse.marks import CLOSING, OPENING, AMBIGUOUS
from .base import Found

_OPEN = OPENING | AMBIGUOUS
_CLOSE = CLOSING | AMBIGUOUS
_TRAILING = " \t.,;:!?"  # what may stand between the last word and its closing mark ("… people.'")


def in_own_marks(doc: Doc, f: Found) -> bool:
    """The content is opened by a quote mark just before it and closed by one just after it
    (its own punctuation aside), and holds no other mark of the same kind: a quote quoted."""
    text = text_of(doc)
    start, end = f.content_span
    before = start - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    if before < 0 or text[before] not in _OPEN:
        return False
    after = end
    while after < len(text) and text[after] in _TRAILING:
        after += 1
    return after < len(text) and text[after] in _CLOSE and text[before] not in text[start:end]
