"""The sex of a given name written alone ("insisted Kyle was …") where the text gave it in full
("Kyle Hendry"): then it is a given name, not a surname, and its sex is the person's, so a "she"
after a mother's words about "Kyle" goes to her. The lone word's own entity does not count as a
surname, as it does for `first_names`; the surnames of names in full do ("Ms Kelly")."""
from __future__ import annotations

from spacy.tokens import Doc

from ..parse import scratch, text_of
from .mostly_sex import given_name_sex as sex_of_given_name
from .names import person_entities, surname_of


def _given_in_full(doc: Doc) -> frozenset[str]:
    memory = scratch(doc)
    if "given_in_full" not in memory:
        text = text_of(doc)
        full = [text[p.start_char:p.end_char].split() for p in person_entities(doc)]
        full = [words for words in full if len(words) > 1]
        memory["given_in_full"] = frozenset(words[0] for words in full if words[0][:1].isupper()) \
            - {surname_of(" ".join(words)) for words in full}
    return memory["given_in_full"]


def lone_given_name_sex(doc: Doc, name: str) -> str | None:
    return sex_of_given_name(name) if " " not in name and name in _given_in_full(doc) else None
