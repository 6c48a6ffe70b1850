"""Speakers labelled by their initials in a transcript ("KL: You've said publicly …", after "She
sat down with WKRV's Kevin Lorne"): the initials are the person the text names in full with them."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from . import bodies
from ..extract.interview import QUESTION_LETTERS
from .mentions import Mention
from .names import person_entities, without_titles

INITIALS = re.compile(r"[A-Z]{2,3}")


def name_initials(doc: Doc, ordered: list[Mention]) -> None:
    """Give each mention that is only a person's initials that person's full name (in place); none
    where two people share the initials or a body goes by them."""
    by_initials: dict[str, set[str]] = {}
    for p in person_entities(doc):
        words = [t.text for t in without_titles(p) if t.tag_ != "POS" and t.text != "-"]
        if 2 <= len(words) <= 3:
            by_initials.setdefault("".join(w[0] for w in words).upper(), set()).add(" ".join(words))
        if 3 <= len(words) <= 4:
            # "RH" for Rosa Elena Huamán Ccori, "DS" for Diego Salazar Bustíos: a given name and the
            # first surname, as names with two surnames are shortened
            given_and_surname = words[0][0] + words[len(words) - 2][0]
            by_initials.setdefault(given_and_surname.upper(), set()).add(" ".join(words))
    for m in ordered:
        label = m.text.strip()
        if label in QUESTION_LETTERS:  # "Q: How has the catch changed?": the interviewer's question
            m.kind, m.named, m.name, m.pronoun, m.definite = "person", False, "interviewer", None, True
            m.head_lemma, m.surname, m.first_name = "interviewer", None, None
            continue
        if m.pronoun is not None or not INITIALS.fullmatch(label) or len(by_initials.get(label, ())) != 1 \
                or bodies.by_acronym(doc, label) is not None:
            continue
        name = next(iter(by_initials[label]))
        m.kind, m.named, m.name = "person", True, name
        m.surname, m.first_name = name.split()[-1], name.split()[0]
