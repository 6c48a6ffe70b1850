""""Residents near the site were shaken, and some said …": a quantifier standing alone as a speaker
("some", "many", "several", "most") speaks for part of the people the text has just named, and is
called as a reader calls them: "some residents near the site", "many residents", "several families".
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import load_json, people_words

SENTENCES_BACK = 1  # how far before its own sentence a quantifier's people may be named


def _quantifiers() -> frozenset[str]:
    return frozenset(load_json("partitives.json")["quantifiers"])


def _people_word(t: Token) -> bool:
    """A plural noun for people ("residents", "families", "villagers"), not for things."""
    return t.tag_ == "NNS" and (t.lower_ in people_words() or t.lemma_.lower() in people_words())


def _named_as_people(t: Token) -> bool:
    """The people are who the sentence is about: its subject, or what a subject counts ("Dozens of
    residents rallied")."""
    if t.dep_ in ("nsubj", "nsubjpass"):
        return True
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ in ("nsubj", "nsubjpass") \
        and (prep.head.like_num or prep.head.lemma_.lower() in load_json("partitives.json")["counts"])


def partitive_group(word: Token, core) -> str | None:
    """The name for a lone quantifier subject ("some said"), or None where it is no such word or
    the people it counts are not named just before it."""
    if word.lower_ not in _quantifiers() or word.dep_ not in ("nsubj", "nsubjpass") \
            or any(True for _ in word.children):
        return None
    doc, sentence = word.doc, word.sent
    start = sentence.start
    for _ in range(SENTENCES_BACK):
        start = doc[start - 1].sent.start if start > 0 else start
    people = next((t for t in reversed(doc[start:word.i]) if _people_word(t) and _named_as_people(t)), None)
    if people is None:
        return None
    words = core(people).split()
    if words and words[0].lower() in ("the", "these", "those"):
        words = words[1:]
    if not words:
        return None
    first = words[0] if doc[people.left_edge.i].pos_ == "PROPN" else words[0].lower()
    if any(c.dep_ == "nummod" for c in people.children):
        # "about 60 vendors blocked the entrance, and many said": no reader says "many about 60
        # vendors"; the people counted are called as counted
        return " ".join([first, *words[1:]])
    return " ".join([word.lower_, first, *words[1:]])
