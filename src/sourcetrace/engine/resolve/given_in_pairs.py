""""Mere and Tama Rāwiri … “…,” Mere Rāwiri said": a word the text has set as a given name, two
given names before one surname, is one wherever it stands before that surname, though it is an
English word too ("mere") and the tagger left it out of the name."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..parse import scratch, text_of
from . import gender

# "Mere and Tama Rāwiri", a line's break allowed between any two words
GIVEN_PAIR = re.compile(r"\b([A-Z][\w'’-]+)\s+and\s+([A-Z][\w'’-]+)\s+([A-Z][\w'’-]+)\b")


def given_names_set(doc: Doc) -> frozenset[tuple[str, str]]:
    """(given name, surname) of each pair named together with one surname, once per doc."""
    memory = scratch(doc)
    if "given_in_pairs" not in memory:
        memory["given_in_pairs"] = frozenset((given, found.group(3)) for found in GIVEN_PAIR.finditer(text_of(doc))
                                             for given in found.group(1, 2))
    return memory["given_in_pairs"]


def with_given_name_set_in_a_pair(person: Span) -> Span:
    """"Rāwiri" with "Mere" just before it, where the text named "Mere and Tama Rāwiri": the name
    in full."""
    doc = person.doc
    if len(person) != 1 or person.start == 0:
        return person
    before = doc[person.start - 1]
    if not before.whitespace_ or (before.text, person.text) not in given_names_set(doc):
        return person
    return doc[person.start - 1:person.end]


def first_of_pairs_in_full(doc: Doc, people: set[str]) -> list[tuple[str, str, int]]:
    """(given name, full name, where the pair stands) for the first given name of each pair whose
    second given name and surname the text names as a person ("Funmi and Tola Adeyemi": Funmi is
    Funmi Adeyemi, though no span of the text reads so); a given name the name lists know, not a
    surname ("Pemberton and Declan Haslam")."""
    return [(found.group(1), f"{found.group(1)} {found.group(3)}", found.start())
            for found in GIVEN_PAIR.finditer(text_of(doc))
            if f"{found.group(2)} {found.group(3)}" in people and found.group(1).isalpha()
            and gender.is_first_name(found.group(1))]
