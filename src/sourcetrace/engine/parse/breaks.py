"""Which line breaks are wraps: a paragraph's line broken where it reached the width of the text
(hard-wrapped mail, archives, terminals), or a line left with a trailing space (soft-wrapped,
format=flowed), with the sentence going on after it.

A break is a wrap when the line before it ends in a space, or is full (its next word would not
have fitted in the text's widest line), or the next line starts in lower case or with a digit;
after a line that ends a sentence (a final stop, colon or closing mark) only a full line of a
text wrapped at a width (`MAX_WRAP_WIDTH`, `WRAP_SLACK`) is one. A headline or dateline is a short
line, so its break stays a sentence end.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..lexicon import word_pairs, word_set
from .marks import ENDING

LINE = re.compile(r"[^\n]*\n?")
ENDS_SENTENCE = re.compile(r"[.!?:;…][\"'”’»)\]]*$|[\"”’»]$")
MIN_WIDTH = 30  # a text whose lines are all shorter than this is not wrapped text
# A text is wrapped at a width when its widest line is no wider than a wrap (mail, terminals
# and archives wrap at 64 to 80 columns) and at least a third of its lines (and three) come
# within WRAP_SLACK of it: the inner lines of wrapped paragraphs all do, a paragraph per line hardly any.
MAX_WRAP_WIDTH = 120
WRAP_SLACK = 15


def wraps(text: str) -> frozenset[int]:
    """Where the lines after wraps start (offsets of their first non-space character)."""
    return _wraps(text)[0]


def wrap_breaks(text: str) -> frozenset[int]:
    """The offsets of the line breaks that are wraps."""
    return _wraps(text)[1]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of a text: its lines, each with the lines wrapped onto it (a quote goes on
    over a wrap), as (start, end). `ends_paragraph` is the same boundary seen between two offsets."""
    wrapped = wraps(text)
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        lead = len(m.group()) - len(m.group().lstrip())
        if out and m.start() + lead in wrapped:
            out[-1] = (out[-1][0], m.end())
        else:
            out.append((m.start(), m.end()))
    return out


HEADLINE_MAX_WORDS = 25
_CLOSERS = "".join(sorted(ENDING)) + ")] \t\r\n"  # what may follow a headline's last word


def headline_lines(text: str) -> list[tuple[int, int]]:
    """The paragraphs that open a text as headlines do: short, and not closed like a sentence
    (a headline, a deck, a kicker; the first that reads as a sentence ends them)."""
    return list(_headline_lines(text))


@lru_cache(maxsize=8)  # asked of one text by several name rules, once per name
def _headline_lines(text: str) -> tuple[tuple[int, int], ...]:
    out = []
    for start, end in paragraphs(text):
        line = text[start:end]
        if len(line.split()) > HEADLINE_MAX_WORDS or line.rstrip(_CLOSERS).endswith((".", "!", "?", ":")):
            break
        out.append((start, end))
    return tuple(out)


def ends_paragraph(text: str, start: int, end: int) -> bool:
    """A line break between start and end that is no wrap."""
    breaks = wrap_breaks(text)
    at = text.find("\n", start, end)
    while at != -1:
        if at not in breaks:
            return True
        at = text.find("\n", at + 1, end)
    return False


def _ends_on_a_short_title(line: str) -> bool:
    """"… said Dr." or "… said Bi." at a line's end: a title written short, whose name is on the
    next line, ends no sentence."""
    words = line.split()
    last = words[-1].lower() if words else ""
    return last.endswith(".") and (last in word_set("titles") or last[:-1] in word_pairs("address_names"))


def _left_hanging(line: str) -> bool:
    """A line whose last word cannot end a sentence: a comma after it, or a title set before a name."""
    words = line.split()
    # a title may be in brackets after another ("Engr. (Mrs)⏎Modupe Ajibola")
    return bool(words) and (words[-1].endswith(",") or words[-1].strip("()").lower() in word_set("titles"))


def _wrap_width(inner: list[int]) -> int | None:
    """The width a text was wrapped at: the widest of the lines that run on into the next such that
    two in three of them reach near it, a few longer ones aside (an e-mail's "Subject:" line run on
    into its "To:" line); None where the lines reach no one width."""
    if len(inner) < 3:
        return None
    ranked = sorted(inner)  # counted by bisection, so a long text costs n log n, not n per width
    for width in sorted(set(inner), reverse=True):
        reached = bisect_right(ranked, width)
        if len(ranked) - reached > len(ranked) // 10:
            return None
        if reached - bisect_right(ranked, width - WRAP_SLACK) >= len(ranked) * 2 / 3:
            return width
    return None


@lru_cache(maxsize=8)  # asked of the same text by the parse and each extractor
def _wraps(text: str) -> tuple[frozenset[int], frozenset[int]]:
    lines = [(m.start(), m.group()) for m in LINE.finditer(text) if m.group()]
    # the width a text was wrapped at shows in the lines that run on into the next; a headline
    # or a one-line paragraph may be longer than that width
    inner = [len(line.rstrip("\r\n")) for (_, line), (_, nxt) in zip(lines, lines[1:]) if line.strip() and nxt.strip()]
    width = max((len(line.rstrip("\r\n")) for _, line in lines), default=0)
    if (wrapped_at := _wrap_width(inner)) is not None:
        width = wrapped_at
    inked = [len(line.rstrip()) for _, line in lines if line.strip()]
    hard_wrapped = MIN_WIDTH <= width <= MAX_WRAP_WIDTH \
        and sum(n > width - WRAP_SLACK for n in inked) >= max(3, len(inked) / 3)
    starts, breaks = set(), set()
    for (at, line), (start, nxt) in zip(lines, lines[1:]):
        body, following = line.rstrip("\r\n"), nxt.strip()
        if not body.strip() or not following:
            continue  # a blank line: a paragraph break
        word = following.split()[0]
        soft = body.endswith((" ", "\t"))
        continues = word[:1].islower() or word[:1].isdigit()
        # a line wider than the wrap is no wrapped line ("Subject: …" above "To: …")
        full = width >= MIN_WIDTH and len(body.rstrip()) + 1 + len(word) > width >= len(body.rstrip())
        if ENDS_SENTENCE.search(body.rstrip()) and not _ends_on_a_short_title(body):
            # a wrap can fall after a sentence, in a text wrapped at a width: a full line there is
            # one (a paragraph-per-line text's widest line is not; nor is a trailing space alone,
            # which news text leaves after headlines and paragraphs)
            wrapped = full and hard_wrapped
        else:
            # in wrapped copy, a line cut after a comma or a title ("Mallam⏎Ali Bello") goes on
            wrapped = soft or continues or full or hard_wrapped and _left_hanging(body)
        if wrapped:
            starts.add(start + len(nxt) - len(nxt.lstrip()))
            breaks.add(at + len(line) - 1)
    return frozenset(starts), frozenset(breaks)
