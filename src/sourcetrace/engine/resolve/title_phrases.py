"""Titles of more than one word ("Dato' Sri", "Tan Sri", title_phrases.txt) before a name, matched
on the text and not on tokens: the tagger splits "Dato'" into "Dato" and "'", and may tag "Dato" a
person of its own and "Sri Ahmad Faizal Rahman" another."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ..lexicon import word_set
from ..parse import parsed_text

LOOK_BACK = 3  # tokens before a name that a title phrase may open on ("Dato", "'", "Sri")


@lru_cache(maxsize=1)
def _phrases() -> re.Pattern:
    # longest first, so "dato' seri" wins over any shorter phrase it opens with
    words = sorted(word_set("title_phrases"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in p.split()) for p in words)
    return re.compile(rf"(?:{alternatives})(?=\s)", re.IGNORECASE)


def past_title_phrase(name: Span) -> Span | None:
    """`name` less the part of it that a title phrase covers, where one opens on it or just before
    it ("Sri Ahmad Faizal Rahman" after "Dato'"); None where the phrase covers it all ("Dato");
    `name` itself where no phrase touches it. Keeps the entity's label."""
    doc = name.doc
    for k in range(max(name.start - LOOK_BACK, 0), name.start + 1):
        found = _phrases().match(parsed_text(doc), doc[k].idx)
        if found is None or found.end() <= name.start_char:
            continue
        start = name.start
        while start < name.end and doc[start].idx < found.end():
            start += 1
        return Span(doc, start, name.end, label=name.label_) if start < name.end else None
    return name
