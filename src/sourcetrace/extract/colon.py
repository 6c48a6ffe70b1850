"""Attributions marked by punctuation, not a verb: "Smith: “…”", "“…” — Jane Doe"."""
from __future__ import annotations

from spacy.tokens import Doc

from . import extractors
from .base import Found
from .quotemarks import find_quotes
from .syntax import trim
from ..parse import text_of

MAX_LABEL_TOKENS = 6


def _name_like(doc: Doc, start: int, end: int) -> bool:
    """A short speaker label: a name or a short noun phrase, no verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 0 < len(span) <= MAX_LABEL_TOKENS:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    return any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in span)


@extractors.register("colon")
def extract_colon(doc: Doc) -> list[Found]:
    text = text_of(doc)
    out = []
    for quote in find_quotes(text):
        qs, qe = quote.outer
        # "Label: “…”" at a line's or sentence's start.
        line_start = text.rfind("\n", 0, qs) + 1
        lead = text[line_start:qs].rstrip()
        if lead.endswith(":"):
            label = trim(doc, line_start, len(text[:line_start]) + len(lead) - 1)
            if label and _name_like(doc, *label):
                colon = line_start + len(lead) - 1
                out.append(Found(content=[p for p in quote.parts], cue=(colon, colon + 1), source=label,
                                 type="direct", extractor="colon"))
                continue
        # "“…” — Label" closing a line.
        line_end = text.find("\n", qe)
        line_end = len(text) if line_end < 0 else line_end
        tail = text[qe:line_end]
        stripped = tail.lstrip(" ,.")
        if stripped[:1] in ("—", "–", "-", "―"):
            dash = qe + (len(tail) - len(stripped))
            label = trim(doc, dash + 1, line_end, ".")
            if label and _name_like(doc, *label):
                out.append(Found(content=list(quote.parts), cue=(dash, dash + 1), source=label,
                                 type="direct", extractor="colon"))
    return out
