"""A body described by its kind and a word that says which one ("the ruling party", "the state
ministry", "the lower house") is not a named body of that kind that the text says is the other one
("the opposition Khmer Renewal Party", "the federal Ministry of Water", "Red Sea State Ministry of
Health"): the sides of each axis are in contrary_qualifiers.json. What the text says of a name is
its own words and the lower-case words it sets right before it, gathered once per document.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from spacy.tokens import Doc

from ..lexicon import load_json
from ..parse import entities_of, scratch


@lru_cache(maxsize=1)
def _sides() -> dict[str, frozenset[int]]:
    """Each qualifier with the sides it takes (an axis and side as one number)."""
    sides: dict[str, set[int]] = {}
    for a, axis in enumerate(load_json("contrary_qualifiers.json")["axes"]):
        for s, words in enumerate(axis):
            for w in words:
                sides.setdefault(w, set()).add(a * 16 + s)
    return {w: frozenset(s) for w, s in sides.items()}


def qualifiers() -> frozenset[str]:
    return frozenset(_sides())


def _qualified(doc: Doc) -> list[tuple[str, frozenset[str]]]:
    """Each entity's text with the qualifiers said of it, once per document."""
    memory = scratch(doc)
    if "contrary_qualified" not in memory:
        sides = _sides()
        found = []
        for e in entities_of(doc):
            words = {t.lower_ for t in e if t.lower_ in sides}
            k = e.start - 1
            while k >= 0 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN", "VERB", "PROPN") and k >= e.start - 3:
                if doc[k].lower_ in sides:
                    words.add(doc[k].lower_)
                k -= 1
            if words:
                found.append((e.text, frozenset(words)))
        memory["contrary_qualified"] = found
    return memory["contrary_qualified"]


def said_of(doc: Doc, name: str) -> frozenset[str]:
    """The qualifiers the text says of a body's name: of the name, and of each entity it holds or
    that holds it ("the opposition KRP" and "Khmer Renewal Party (KRP)")."""
    out: set[str] = {w.lower() for w in name.split() if w.lower() in _sides()}
    for text, words in _qualified(doc):
        if text in name or name in text:
            out |= words
    return frozenset(out)


def contradicts(doc: Doc, name: str, modifiers: frozenset[str]) -> bool:
    return clash(modifiers, said_of(doc, name))


def clash(these: Iterable[str], those: Iterable[str]) -> bool:
    """Some word of `these` takes a side of an axis whose other side, and not its own, is among
    `those` ("ruling" against "opposition"; "ruling" with "ruling majority opposition" is no clash)."""
    sides = _sides()
    theirs = {s for w in those for s in sides.get(w.lower().strip(".,;:'’"), ())}
    for m in these:
        for own in sides.get(m.lower().strip(".,;:'’"), ()):
            if own not in theirs and any(s // 16 == own // 16 and s != own for s in theirs):
                return True
    return False


def not_contradicted(doc: Doc, names: list[str], modifiers: frozenset[str]) -> list[str]:
    if not modifiers & _sides().keys():
        return names
    return [n for n in names if not contradicts(doc, n, modifiers)]
