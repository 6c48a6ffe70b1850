"""Is an offset inside any of many (start, end) spans? Asked once per person named, over every
quoted part of the text: a scan of the spans each time costs names × parts, which a text of
thousands of quotes makes millions; the spans merged and sorted answer each in log time."""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterable


class Cover:
    def __init__(self, spans: Iterable[tuple[int, int]]):
        starts: list[int] = []
        ends: list[int] = []
        for s, e in sorted(span for span in spans if span[0] < span[1]):
            if ends and s <= ends[-1]:  # overlapping or touching: one run covers both
                ends[-1] = max(ends[-1], e)
            else:
                starts.append(s)
                ends.append(e)
        self._starts, self._ends = starts, ends

    def __contains__(self, at: int) -> bool:
        """Whether some span has start <= at < end."""
        k = bisect_right(self._starts, at) - 1
        return k >= 0 and at < self._ends[k]
