"""Given names joined by a hyphen ("Marie-Claude", "Jean-Pierre", "Anne-Marie", "Hye-jin") are one
name to a reader, but the tagger may open a name after the hyphen ("Claude Vaillancourt" of
"MNA Marie-Claude Vaillancourt"), most often where a post or a place stands before it. The name
runs back over the hyphen to the word set against it."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Span

from . import gender


def with_opening_of_hyphened_name(person: Span, name_word: Callable[[str], bool],
                                  english: Callable[[str], bool]) -> Span:
    """The name with the first part of its hyphened given name where the tagger left it off: the
    word before the hyphen, touching it on both sides, capitalised, and a first name the name list
    knows or no English word ("Anglo-French" stays out: "Anglo" is neither here nor a name)."""
    doc, k = person.doc, person.start
    if k < 2 or doc[k - 1].text not in ("-", "‐") or doc[k - 1].whitespace_ or doc[k - 2].whitespace_ \
            or not person[0].is_title:
        return person
    before = doc[k - 2]
    if not name_word(before.text) or not (gender.is_first_name(before.text) or not english(before.lower_)):
        return person
    return doc[k - 2:person.end]
