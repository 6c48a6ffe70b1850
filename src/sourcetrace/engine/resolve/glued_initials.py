"""Names written as an initial glued to the family name: "N.Ganbold", "D.Nomin-Erdene".

Mongolian news writes a person by the initial of the father's name, a stop and the given name, with
no space ("B.Solongo"), as the Russian-language press of Central Asia often writes "A.Ivanov". The
small tagger sees no name in such a word ("Judoka D.Nomin-Erdene") or a place ("B.Solongo"), so
the title before it becomes the speaker ("Minister of Mining and Heavy Industry J.Ganbaatar").
The word's shape alone says it is a person's name: one capital and a stop, then a capitalised word.
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Doc, Span

GLUED = re.compile(r"(?:[A-Z]\.){1,2}[A-Z][a-z]+")


def glued_initial_names(doc: Doc, taken: set[int], name_word: Callable[[str], bool]) -> list[Span]:
    """The glued-initial names outside the people already found, with a hyphened rest
    ("D.Nomin" "-" "Erdene", as the tokenizer splits it)."""
    found, i = [], 0
    while i < len(doc):
        token = doc[i]
        if i in taken or not GLUED.fullmatch(token.text):
            i += 1
            continue
        end = i + 1
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and name_word(doc[end + 1].text):
            end += 2
        found.append(doc[i:end])
        i = end
    return found
