"""Two people named together by their given names and the surname they share ("Mere and Tama
Rāwiri"), whom the text then calls "the couple": a reader hears the two named."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import word_set
from ..parse import text_of
from .names import is_title_word

# "Mere and Tama Rāwiri", a line's break allowed between any two words
NAMED_TOGETHER = re.compile(r"\b([A-Z][\w'’-]+)\s+and\s+([A-Z][\w'’-]+)\s+([A-Z][\w'’-]+)\b")


def called_a_couple(texts: list[str]) -> bool:
    """Whether every mention is "the couple" (or "this pair"): a couple known already, not "a couple"."""
    for text in texts:
        words = text.lower().split()
        if len(words) != 2 or words[0] not in ("the", "this") or words[1] not in word_set("couple_words"):
            return False
    return bool(texts)


def couple_named_before(doc: Doc, at: int) -> str | None:
    """The last two people named together with one surname before offset `at` ("Mere and Tama
    Rāwiri"), as the text names them; None where none is."""
    last = None
    for found in NAMED_TOGETHER.finditer(text_of(doc), 0, at):
        if not any(is_title_word(w) for w in found.groups()):
            last = " ".join(found.group().split())
    return last
