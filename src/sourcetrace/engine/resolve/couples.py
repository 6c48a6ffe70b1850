"""Two people named together by their given names and the surname they share ("Mere and Tama
Rāwiri"), whom the text then calls "the couple": a reader hears the two named."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import word_set
from ..parse import text_of
from .names import is_title_word, person_entities, without_titles

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
    last, last_at = None, -1
    for found in NAMED_TOGETHER.finditer(text_of(doc), 0, at):
        if not any(is_title_word(w) for w in found.groups()):
            last, last_at = " ".join(found.group().split()), found.start()
    pair = _pair_named_before(doc, at)
    return pair[1] if pair is not None and pair[0] > last_at else last


# "Declan Reyes and singer-songwriter Mara Lowe": what the second is may stand between
JOINED_PAIR = re.compile(r"\s+and\s+(?:[a-z][\w-]*\s+){0,3}")


def _pair_named_before(doc: Doc, at: int) -> tuple[int, str] | None:
    """Where and how the text last named two people in full joined by "and" before offset `at`
    ("Actor Declan Reyes and singer-songwriter Mara Lowe are divorcing"): the two full names."""
    text = text_of(doc)
    people = [p for p in person_entities(doc) if p.end_char <= at and len(p.text.split()) >= 2]
    for first, second in reversed(list(zip(people, people[1:]))):
        if JOINED_PAIR.fullmatch(text, first.end_char, second.start_char):
            return first.start_char, " and ".join(" ".join(without_titles(p).text.split()) for p in (first, second))
    return None
