"""Find quotations by their marks: curly, straight, guillemets, low-9 and single.

Straight single marks count only in a text that quotes with them more than with double marks
(British style, which nests double marks inside); in American style they mark a quote inside
a quote, or a headline's quote.

A quotation left open at a paragraph's end continues when the next paragraph
reopens with a quote mark (the news convention for long quotes); otherwise it
closes at the paragraph's end (best effort, never an error).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..parse.breaks import paragraphs
from ..parse.marks import ENDING, PAIRS

OPENERS = PAIRS
DOUBLE_STYLE = frozenset(OPENERS) - {"'"}
CLOSERS = ENDING
SINGLE = ("‘", "'")  # an unclosed single mark is an apostrophe


@dataclass
class Quote:
    parts: list[tuple[int, int]]  # inner text of each paragraph's piece, marks excluded
    outer: tuple[int, int]        # from the first opening mark to the last closing mark
    closed: bool = True

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def text(self, text: str) -> str:
        return " ".join(text[s:e] for s, e in self.parts)


def _opens(text: str, i: int) -> bool:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in ("“", "«", "„", "‹"):
        return True
    if ch in ('"', "‘", "”", "'"):
        # Straight, single and mis-typed marks open at a word's start, not after a letter.
        return (prev.isspace() or prev in "([{—–-/:;,") and not nxt.isspace()
    return False


def _closes(text: str, i: int, opener: str, strict: bool = True) -> bool:
    """Whether the mark at i closes a quote opened by `opener`. A straight single mark after
    "s" and before a word is, when `strict`, taken for a plural possessive ("the workers' pay")."""
    ch = text[i]
    if ch not in CLOSERS:
        return False
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i > 0 else " "
    if opener == "'" or ch == "'":
        if ch != opener or prev.isspace() or (prev.isalpha() and nxt.isalpha()):
            return False
        after = text[i + 2] if i + 2 < len(text) else " "
        return not (strict and prev in "sS" and nxt == " " and after.isalnum())
    if opener in ("‘", "‹") or ch == "’":
        if opener != "‘":
            return False
        # An apostrophe inside a word ("don’t") does not close a single quote.
        return ch == "’" and not (prev.isalpha() and nxt.isalpha())
    if opener == '"' or ch == '"':
        # Pasted text mixes marks: a straight mark may close a curly quote and the reverse.
        return ch in ('"', "”")
    return ch in ("”", "»", "›", "“") and ch != opener or (opener == "”" and ch == "”")


def _scan_paragraph(text: str, start: int, end: int, openers: frozenset[str]
                    ) -> tuple[list[tuple[int, int, bool]], int | None]:
    """Quotes inside one paragraph as (open, close, closed); and an unclosed opening, if any."""
    found: list[tuple[int, int, bool]] = []
    closers = _Closers(text, start, end)
    i = start
    while i < end:
        if text[i] in openers and _opens(text, i):
            opener = text[i]
            j = _closing(closers, i, opener)
            if j < end:
                found.append((i, j + 1, True))
                i = j + 1
                continue
            if opener in SINGLE:
                i += 1
                continue
            return found, i
        i += 1
    return found, None


class _Closers:
    """Where quotes of each kind may close in a paragraph. Whether a mark closes a quote depends
    on the opener and the mark's neighbours, not on where the quote opened: the places are
    listed once per kind and then looked up, so a line of unmatched 'apostrophes' costs linear
    time, not a scan to the paragraph's end for each."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self._places: dict[tuple[str, bool], list[int]] = {}

    def after(self, i: int, opener: str, strict: bool) -> int:
        """The first place after i where a quote opened by `opener` closes, else the paragraph's end."""
        key = (opener, strict)
        if key not in self._places:
            self._places[key] = [j for j in range(self.start, self.end)
                                 if self.text[j] in CLOSERS and _closes(self.text, j, opener, strict)]
        places = self._places[key]
        k = bisect_right(places, i)
        return places[k] if k < len(places) else self.end


def _closing(closers: _Closers, i: int, opener: str) -> int:
    """Where the quote opened at i closes in the paragraph (its end if it does not)."""
    for strict in (True, False) if opener == "'" else (True,):
        j = closers.after(i, opener, strict)
        if j < closers.end:
            return j
    return closers.end


PAIR_FILLER = "\x01"


def _mask_doubled(text: str) -> str:
    """Two apostrophes ('') stand for a double quote in some newsrooms: scan them as one mark."""
    return text.replace("''", '"' + PAIR_FILLER).replace("``", '"' + PAIR_FILLER)


def _unmask(q: Quote, masked: str) -> Quote:
    parts = [(s + (masked[s:s + 1] == PAIR_FILLER), e) for s, e in q.parts]
    end = q.outer[1] + (masked[q.outer[1]:q.outer[1] + 1] == PAIR_FILLER)
    return Quote(parts, (q.outer[0], end), q.closed)


@lru_cache(maxsize=8)
def find_quotes(text: str) -> tuple[Quote, ...]:
    masked = _mask_doubled(text)
    if masked == text:
        return _find_quotes(text)
    return tuple(_unmask(q, masked) for q in _find_quotes(masked))


def double_style(text: str) -> bool:
    """The text quotes with double marks (single ones nest inside them)."""
    return _openers(text) == DOUBLE_STYLE


def _openers(text: str) -> frozenset[str]:
    doubles = text.count('"') + text.count("“")
    singles = len(re.findall(r"(?<!\w)'(?=\w)", text))
    return frozenset(OPENERS) if singles > doubles else DOUBLE_STYLE


def _find_quotes(text: str) -> tuple[Quote, ...]:
    openers = _openers(text)
    quotes: list[Quote] = []
    carry: Quote | None = None
    for p_start, p_end in paragraphs(text):
        lead = p_start
        while lead < p_end and text[lead].isspace():
            lead += 1
        if carry is not None:
            if lead < p_end and text[lead] in openers:
                # The quote goes on in this paragraph: find where it closes.
                found, unclosed = _scan_paragraph(text, lead, p_end, openers)
                first = found[0] if found and found[0][0] == lead else None
                if first is not None:
                    carry.parts.append((first[0] + 1, first[1] - 1))
                    carry.outer = (carry.outer[0], first[1])
                    quotes.append(carry)
                    carry = None
                    found = found[1:]
                elif unclosed == lead:
                    carry.parts.append((lead + 1, p_end))
                    carry.outer = (carry.outer[0], p_end)
                    continue
                else:
                    quotes.append(carry)
                    carry = None
                quotes.extend(Quote([(s + 1, e - 1)], (s, e)) for s, e, _ in found)
                if unclosed is not None and unclosed != lead:
                    carry = Quote([(unclosed + 1, p_end)], (unclosed, p_end), closed=False)
                continue
            carry.closed = False
            quotes.append(carry)
            carry = None
        found, unclosed = _scan_paragraph(text, p_start, p_end, openers)
        quotes.extend(Quote([(s + 1, e - 1)], (s, e)) for s, e, _ in found)
        if unclosed is not None:
            carry = Quote([(unclosed + 1, p_end)], (unclosed, p_end), closed=False)
    if carry is not None:
        carry.closed = False
        quotes.append(carry)
    return tuple(q for q in quotes if any(text[s:e].strip() for s, e in q.parts))


def inside_quote(quotes: tuple[Quote, ...], char: int) -> Quote | None:
    for q in quotes:
        if q.outer[0] <= char < q.outer[1]:
            return q
    return None
