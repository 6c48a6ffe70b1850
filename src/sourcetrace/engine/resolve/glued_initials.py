"""Names written as an initial glued to the given name: "N.Ganbold", "D.Nomin-Erdene".

Mongolian news writes a person by the initial of the father's name, a stop and the given name, with
no space ("B.Solongo"), as the Russian-language press of Central Asia often writes "A.Ivanov". The
small tagger sees no name in such a word ("Judoka D.Nomin-Erdene") or a place ("B.Solongo"), so
the title before it becomes the speaker ("Minister of Mining and Heavy Industry J.Ganbaatar").
The word's shape alone says it is a person's name: one capital and a stop, then a capitalised word.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..parse import parsed_text

# found in the text, not word by word: most texts hold none, and then no token is visited
GLUED = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?![\w.])")


def glued_initial_names(doc: Doc, taken: set[int]) -> list[Span]:
    """The glued-initial names outside the people already found, with a hyphened rest
    ("D.Nomin-Erdene", which the tokenizer splits at the hyphen)."""
    found = []
    for match in GLUED.finditer(parsed_text(doc)):
        name = doc.char_span(match.start(), match.end())
        if name is not None and not taken & set(range(name.start, name.end)):
            found.append(name)
    return found
