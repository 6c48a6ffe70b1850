"""Attributions marked by punctuation: "Smith: “…”", "“…” — Jane Doe", and a
paragraph that ends "X said:" introducing the next one, quoted or set as a block."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import extractors
from .base import Found
from .quotemarks import Quote, find_quotes
from .syntax import cue_phrase, cue_verb_stance, speaker_offsets, subject, trim
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


def _lead_in_verb(doc: Doc, colon: int) -> Token | None:
    """The cue verb of a sentence ending at `colon` ("The Times reports:"), if it has a speaker."""
    span = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None:
        return None
    root = span[0].sent.root
    if not cue_verb_stance(root) or subject(root) is None:
        return None
    # "He said the plan was this:" already has its content.
    if any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return None
    return root


def _lead_ins(doc: Doc, quotes: list[Quote]) -> list[Found]:
    """"Caddell continued:" closing a paragraph: the next paragraph is what was said."""
    text = text_of(doc)
    out = []
    for end in re.finditer(r":[ \t]*\n\s*", text):
        colon, nxt = end.start(), end.end()
        if nxt >= len(text):
            continue
        verb = _lead_in_verb(doc, colon)
        if verb is None:
            continue
        quote = next((q for q in quotes if q.outer[0] == nxt), None)
        if quote is not None:
            content = list(quote.parts)
        else:
            para_end = text.find("\n", nxt)
            block = trim(doc, nxt, len(text) if para_end < 0 else para_end)
            if block is None:
                continue
            content = [block]
        cue = cue_phrase(verb)
        if not text[cue[1]:colon].strip():
            cue = (cue[0], colon + 1)  # PolNeAR's cue takes the colon: "said:"
        speaker = subject(verb)
        out.append(Found(content=content, cue=cue, source=speaker_offsets(speaker),
                         type="direct", stance=cue_verb_stance(verb), extractor="colon",
                         source_head=speaker.i))
    return out


@extractors.register("colon")
def extract_colon(doc: Doc) -> list[Found]:
    text = text_of(doc)
    quotes = list(find_quotes(text))
    out = _lead_ins(doc, quotes)
    for quote in quotes:
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
        stripped = tail.lstrip(" ,.\u00a0\t")
        if stripped[:1] in ("—", "–", "-", "―"):
            dash = qe + (len(tail) - len(stripped))
            label = trim(doc, dash + 1, line_end, ".")
            if label and _name_like(doc, *label):
                out.append(Found(content=list(quote.parts), cue=(dash, dash + 1), source=label,
                                 type="direct", extractor="colon"))
    return out
