"""The author's own voice: factual sentences no attribution covers, and the headline."""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span

from ..extract.base import SpanIndex
from ..extract.quotemarks import CLOSERS, find_quotes
from sourcetrace.contract import Analysis
from ..parse import span_at, text_of
from ..parse.breaks import headline_lines, paragraphs
from ..parse.columns import columns
from .lexicon import load

# A sentence is the author's own when less than this share of its characters lies
# inside an attribution (source, cue or content): "The recruitment reports come after
# warnings from US soldiers that …" is mostly the soldiers' warning, not the author's claim.
MAX_COVERED = 0.5
MIN_WORDS = 4
_CLOSERS = "".join(sorted(CLOSERS)) + ")] \t\n"  # what may follow a sentence's final stop


def headline_ranges(text: str, title: str | None) -> list[tuple[int, int]]:
    """The lines that open the text as headlines do, and any paragraph that repeats the page title."""
    leading = headline_lines(text)
    repeats = [(s, e) for s, e in paragraphs(text)[len(leading):] if title and _same(text[s:e], title)]
    return leading + repeats


def sentences(doc: Doc) -> list[Span]:
    """spaCy's sentences, also cut where a paragraph ends (headlines have no full stop)."""
    text = text_of(doc)
    paras = paragraphs(text)
    starts = [start for start, _ in paras]
    out = []
    for sent in doc.sents:
        k = max(bisect_right(starts, sent.start_char) - 1, 0)
        while k < len(paras) and paras[k][0] < sent.end_char:
            start, end = max(paras[k][0], sent.start_char), min(paras[k][1], sent.end_char)
            k += 1
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            span = span_at(doc, start, end) if start < end else None
            if span is not None and len(span):
                out.append(span)
    return out


def author_sentences(doc: Doc, analysis: Analysis) -> list[Span]:
    headline = headline_ranges(analysis.text, analysis.meta.title)
    # a caption's credit ends its paragraph; the sentences before it are the caption's too
    furniture = [(s, e) for s, e in paragraphs(analysis.text) if is_page_furniture(analysis.text[s:e])]
    furniture_starts = [s for s, _ in furniture]
    # Quoted words are someone else's even when no extractor found the speaker.
    extents = [attribution_extent(a) for a in analysis.attributions] + quotations(analysis.text)
    # looked up by place, not scanned for every sentence
    near = SpanIndex.of((extent, extent) for extent in extents)
    kept = []
    for sent in sentences(doc):
        if any(s <= sent.start_char and sent.end_char <= e for s, e in headline):
            continue
        # Cheapest test first: most sentences of a sourced story are someone else's.
        if _text(sent).rstrip(_CLOSERS).endswith("?") or covered_share(sent, near.near((sent.start_char, sent.end_char))) >= MAX_COVERED:
            continue
        if sum(columns(doc).is_alpha[sent.start:sent.end]) < MIN_WORDS or not has_finite_verb(sent):
            continue
        if is_page_furniture(_text(sent)) or _inside(furniture, furniture_starts, sent.start_char):
            continue
        kept.append(sent)
    return kept


def is_page_furniture(sentence: str) -> bool:
    """A reader prompt, photo credit, wire sign-off or editor's note (lexicons/claims/furniture.json)."""
    furniture = load("furniture")
    words = sentence.lstrip(" \t\n([").lower().split()
    opening = " ".join(words[:6])

    def opens(phrases: list[str]) -> bool:
        return any(opening.startswith(p) and not opening[len(p):len(p) + 1].isalnum() for p in phrases)

    lowered = " ".join(words)
    signoff = (sentence.lstrip().startswith("(") or len(words) <= furniture["signoff_max_words"]
               or sum(p in lowered for p in furniture["signoffs"]) > 1)
    return (opens(furniture["starts"]) or (signoff and opens(furniture["signoffs"]))
            or any(mark in sentence for mark in furniture["credit_marks"]))


def _inside(ranges: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    k = bisect_right(starts, at) - 1
    return k >= 0 and at < ranges[k][1]


def quotations(text: str) -> list[tuple[int, int]]:
    return [q.outer for q in find_quotes(text)]


def attribution_extent(attribution) -> tuple[int, int]:
    spans = [s for s in (attribution.source, attribution.cue, attribution.content) if s is not None]
    return min(s.start for s in spans), max(s.end for s in spans)


def covered_share(sent: Span, extents: list[tuple[int, int]]) -> float:
    """Share of the sentence's visible characters inside any extent."""
    text, base = _text(sent), sent.start_char
    total = _visible(text)
    if not total:
        return 1.0
    covered, reached, end = 0, 0, sent.end_char
    here = sorted((max(s - base, 0), min(e - base, len(text))) for s, e in extents if s < end and e > base)
    for s, e in here:
        s = max(s, reached)
        if s < e:
            covered += _visible(text[s:e])
            reached = e
    return covered / total


def _text(span: Span) -> str:
    """A span's text, cut from the doc's: `Span.text` joins its tokens again on every access."""
    return text_of(span.doc)[span.start_char:span.end_char]


def _visible(text: str) -> int:
    return len(text) - sum(map(str.isspace, text))


def has_finite_verb(sent: Span) -> bool:
    if any(tag in ("VBD", "VBZ", "VBP", "MD") for tag in columns(sent.doc).tag[sent.start:sent.end]):
        return True
    return any("Fin" in t.morph.get("VerbForm") for t in sent)


def _same(a: str, b: str) -> bool:
    norm = lambda s: " ".join(re.findall(r"\w+", s.lower()))  # noqa: E731
    return norm(a) == norm(b)
