"""Cut the article into runs of text, each marked with the attribution part (or
author's-voice claim) it belongs to, for the HTML report's highlights."""
from __future__ import annotations

import heapq
from dataclasses import dataclass

from sourcetrace.contract import Analysis

# Where marks overlap, the source mention and cue win over content, content over an
# author's-voice claim, and a shorter span over a longer one (a nested attribution
# inside another's source description stays visible).
_RANK = {"source": 0, "cue": 0, "content": 1, "claim": 2}


@dataclass
class Segment:
    text: str
    role: str | None = None        # source | cue | content | claim
    attribution: str | None = None
    claim: str | None = None
    colour: str | None = None
    stance: str | None = None


def segments(analysis: Analysis, colour: dict[str, str]) -> list[Segment]:
    text = analysis.text
    layers = []  # (start, end, role, attribution, claim, colour, stance)
    for a in analysis.attributions:
        tint = colour.get(a.source_id or "", "knone")
        parts = a.content_parts or [a.content]
        for role, spans in (("source", [a.source]), ("cue", [a.cue]), ("content", parts)):
            for s in spans:
                if s is not None and 0 <= s.start < s.end <= len(text):
                    layers.append((s.start, s.end, role, a.id, None, tint, a.stance))
    for c in analysis.claims:
        if c.unattributed and 0 <= c.start < c.end <= len(text):
            layers.append((c.start, c.end, "claim", None, c.id, None, None))
    cuts = sorted({0, len(text)} | {x for layer in layers for x in layer[:2]})
    # A sweep over the cuts: the layers that have begun wait in a heap, best mark first, and
    # a layer is dropped from the top once it has ended, so each layer is seen a few times.
    starts = sorted(range(len(layers)), key=lambda n: layers[n][0])
    waiting: list[tuple[int, int, int]] = []  # (rank, length, order); order breaks ties as min() would
    runs: list[list] = []  # [start, end, mark] with neighbours of the same mark merged
    next_start = 0
    for start, end in zip(cuts, cuts[1:]):
        while next_start < len(starts) and layers[starts[next_start]][0] <= start:
            n = starts[next_start]
            heapq.heappush(waiting, (_RANK[layers[n][2]], layers[n][1] - layers[n][0], n))
            next_start += 1
        while waiting and layers[waiting[0][2]][1] <= start:
            heapq.heappop(waiting)
        mark = layers[waiting[0][2]][2:] if waiting else None
        if runs and _same(runs[-1][2], mark):
            runs[-1][1] = end
        else:
            runs.append([start, end, mark])
    return [Segment(text[start:end]) if mark is None else Segment(text[start:end], *mark)
            for start, end, mark in runs]


def _same(a: tuple | None, b: tuple | None) -> bool:
    """Two marks that make one segment: the same role, attribution and claim."""
    return (a[:3] if a else (None, None, None)) == (b[:3] if b else (None, None, None))
