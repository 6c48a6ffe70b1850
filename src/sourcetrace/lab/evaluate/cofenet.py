"""The CofeNet protocol's sentence filter.

CofeNet (Wang et al., COLING 2022) evaluates quotation extraction on
PolNeAR one sentence at a time, so attributions whose roles reach across a
sentence boundary are out of scope. We reproduce that by dropping, on both
the gold and the predicted side, every attribution whose (normalised)
fragments do not all lie inside one sentence, then scoring what is left by
exact match. Sentences come from our own spaCy parse of the article, so the
numbers are comparable in spirit, not digit for digit, with the paper's.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

Sentences = Sequence[tuple[int, int]]


def sentence_offsets(doc) -> list[tuple[int, int]]:
    """A parsed spaCy Doc's sentences as (start, end) character offsets."""
    return [(s.start_char, s.end_char) for s in doc.sents]


def _sentence_of(offset: int, sentences: Sentences, starts: list[int]) -> int | None:
    index = bisect_right(starts, offset) - 1
    if index >= 0 and sentences[index][0] <= offset < sentences[index][1]:
        return index
    return None


def within_one_sentence(fragments: Sequence[tuple[int, int]], sentences: Sentences) -> bool:
    """True when every fragment starts and ends inside one and the same sentence.

    `sentences` are sorted (start, end) character offsets; an attribution with
    no fragments at all is out of scope.
    """
    if not fragments:
        return False
    starts = [start for start, _ in sentences]
    seen = set()
    for start, end in fragments:
        seen.add(_sentence_of(start, sentences, starts))
        seen.add(_sentence_of(end - 1, sentences, starts))
    return len(seen) == 1 and None not in seen
