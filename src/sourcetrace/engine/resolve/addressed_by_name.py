""""Viktor Petrovich, you are asking women to drive. Last month you told this chamber that …": a
"you" inside a quote that opens by calling someone by name is that someone, never the reader."""
from __future__ import annotations

from spacy.tokens import Doc

from ..extract.base import Found
from ..parse import span_at, text_of

YOU = ("you",)


def addressed_by_name(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find whose source is "you" inside a quote that opens on a name set off by a comma
    (a vocative), where that name is (offsets and head token)."""
    text = text_of(doc)
    quotes = [part for f in found if f.type == "direct" for part in f.content]
    out = {}
    for i, f in enumerate(found):
        if f.source is None or text[f.source[0]:f.source[1]].lower() not in YOU:
            continue
        quote = next((q for q in quotes if q[0] <= f.source[0] and f.source[1] <= q[1]), None)
        called = _vocative(doc, quote) if quote is not None else None
        if called is not None:
            out[i] = _in_full(doc, called)
    return out


def _in_full(doc: Doc, called: tuple[int, int, int]) -> tuple[int, int, int]:
    """"Viktor Petrovich" for Viktor Petrovich Sazonov: a speaker calls someone by the first words
    of the full name the text gives them (given name and patronymic, or a given name alone)."""
    words = text_of(doc)[called[0]:called[1]].split()
    for e in doc.ents:
        named = e.text.split()
        if e.label_ == "PERSON" and len(named) > len(words) and named[:len(words)] == words:
            return e.start_char, e.end_char, e.root.i
    return called


def _vocative(doc: Doc, quote: tuple[int, int]) -> tuple[int, int, int] | None:
    """The run of proper names opening the quote, when a comma follows it."""
    span = span_at(doc, *quote)
    if span is None:
        return None
    k = span.start
    while k < span.end and (doc[k].is_punct and k == span.start or doc[k].is_quote):
        k += 1
    first = k
    while k < span.end and doc[k].pos_ == "PROPN" and doc[k].is_title:
        k += 1
    if k == first or k >= span.end or doc[k].text != "," or doc[first].ent_type_ not in ("PERSON", ""):
        return None
    return doc[first].idx, doc[k - 1].idx + len(doc[k - 1].text), k - 1
