"""Given names the text itself teaches: a capitalised word the tagger took alone for a person
("“…,” Arifur said") is a given name wherever the text sets it before other name words, though no
name list knows it ("Arifur Rahman Sohan's maiden hundred", a possessive at a paragraph's head
that the tagger left untagged). So are surnames: the last word of a name the tagger took whole for a
person's ("Denise Lowry") is a surname wherever a given name stands before it, though a word list
knows it as a word ("lowry", a painter's name in WordNet) and the tagger took "Marcus Lowry" for
a body."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from ..parse import entities_of, scratch


def given_names_taught(doc: Doc, english: Callable[[str], bool], listed: Callable[[str], bool]) -> frozenset[str]:
    """The one-word names the tagger took for people, no English word and none `listed` (a title,
    a word for people or bodies), once per doc."""
    memory = scratch(doc)
    if "given_taught" not in memory:
        memory["given_taught"] = frozenset(e.text for e in entities_of(doc) if e.label_ == "PERSON" and len(e) == 1
                                           and e.text.isalpha() and e.text.istitle()
                                           and not english(e.text.lower()) and not listed(e.text))
    return memory["given_taught"]


def surnames_taught(doc: Doc) -> frozenset[str]:
    """The last words of the names of two or three words the tagger took for people, once per doc."""
    memory = scratch(doc)
    if "surnames_taught" not in memory:
        memory["surnames_taught"] = frozenset(e[-1].text for e in entities_of(doc) if e.label_ == "PERSON"
                                              and 2 <= len(e) <= 3 and all(t.is_title and t.is_alpha for t in e))
    return memory["surnames_taught"]
