"""Span normalisation and tokens: what "the same span" means when scoring.

A role is a tuple of (start, end) fragments in the article text. Before
comparing, `normalise` makes annotation habits that carry no meaning agree:

1. each fragment is trimmed of whitespace, punctuation (any Unicode "P*"
   category, so dashes and quote marks too) and backticks at both ends
   ("said:" → "said", "“We won.”" → "We won");
2. a fragment made of punctuation alone keeps its punctuation (only the
   whitespace goes): PolNeAR marks a colon or a dash as a cue, and such a
   cue must stay a cue; a fragment of whitespace alone is dropped;
3. fragments that overlap, touch, or are separated only by whitespace and
   punctuation are merged ("“A,” " + "“B”" → one fragment), while fragments
   with words between them (a cue inside a quote) stay apart.

Tokens for the soft score are runs of word characters (`\\w+`), so a quote
mark more or less changes nothing; a span with no word at all (a dash cue)
has its punctuation characters as tokens instead.
"""
from __future__ import annotations

import re
import unicodedata

from sourcetrace.engine.parse.marks import QUOTE_MARKS

Fragments = tuple[tuple[int, int], ...]

WORD = re.compile(r"\w+")


def _trimmable(ch: str) -> bool:
    return ch.isspace() or ch == "`" or unicodedata.category(ch).startswith("P")


def _strip(text: str, start: int, end: int, drop) -> tuple[int, int]:
    while start < end and drop(text[start]):
        start += 1
    while end > start and drop(text[end - 1]):
        end -= 1
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    trimmed = _strip(text, start, end, _trimmable)
    if trimmed[0] < trimmed[1]:
        return trimmed
    return _strip(text, start, end, str.isspace)


def _only_trimmable(text: str) -> bool:
    return all(_trimmable(ch) for ch in text)


def normalise(text: str, fragments: Fragments) -> Fragments:
    """The fragments trimmed, de-emptied and merged (see the module docstring)."""
    trimmed = sorted(_trim(text, s, e) for s, e in fragments)
    merged: list[list[int]] = []
    for start, end in trimmed:
        if start >= end:
            continue
        if merged and (start <= merged[-1][1] or _only_trimmable(text[merged[-1][1]:start])):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def tokens(text: str, fragments: Fragments) -> frozenset[int]:
    """The word tokens inside the fragments, each named by its start offset."""
    found: set[int] = set()
    for start, end in fragments:
        for match in WORD.finditer(text, start, end):
            # A fragment cut mid-word still names the whole word, so two spans
            # that cut the same word differently share its token.
            word_start = match.start()
            while word_start > 0 and WORD.match(text, word_start - 1):
                word_start -= 1
            found.add(word_start)
    if not found:
        found = {i for start, end in fragments for i in range(start, end) if not text[i].isspace()}
    return frozenset(found)


def is_quotation(text: str, fragments: Fragments) -> bool:
    """Content that opens and closes with a quote mark: a direct quote.

    Trailing sentence punctuation outside the closing mark is ignored
    (`"We won".`), as are surrounding spaces.
    """
    if not fragments:
        return False
    first = text[fragments[0][0]:fragments[0][1]].lstrip()
    last = text[fragments[-1][0]:fragments[-1][1]].rstrip().rstrip(".,;:!?")
    return bool(first and last) and first[0] in QUOTE_MARKS and last[-1] in QUOTE_MARKS
