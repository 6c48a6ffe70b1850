"""A surname that opens on its particles, the first one capitalised as a sentence or a Dutch
surname alone writes it ("Van den Berg said", "De la Cruz told reporters"): the tagger takes it for
a work or a body and the parser for a noun, but a capitalised particle, a lower-case one and a name
are a person's surname. Two words alone ("De Beers", "Le Monde") name firms and papers as often,
so a lower-case particle must stand between."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span

from ..lexicon import word_set

PARTICLES_BETWEEN_MOST = 2  # "Van de la …" is as far as any goes


def surnames_opening_on_particles(doc: Doc, name_word: Callable[[str], bool]) -> list[Span]:
    particles = word_set("surname_particles")
    found, k = [], 0
    while k < len(doc):
        if not (doc[k].is_title and doc[k].lower_ in particles and doc[k].whitespace_):
            k += 1
            continue
        end = k + 1
        while end < len(doc) and end - k <= PARTICLES_BETWEEN_MOST and doc[end].is_lower \
                and doc[end].lower_ in particles and doc[end].whitespace_:
            end += 1
        if end > k + 1 and end < len(doc) and doc[end].is_title and name_word(doc[end].text):
            found.append(doc[k:end + 1])
            k = end + 1
        else:
            k += 1
    return found
