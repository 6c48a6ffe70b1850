"""Cut the article into runs of text, each marked with the attribution part (or
author's-voice claim) it belongs to, for the HTML report's highlights."""
from __future__ import annotations

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
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:]):
        over = [l for l in layers if l[0] <= start and end <= l[1]]
        best = min(over, key=lambda l: (_RANK[l[2]], l[1] - l[0]), default=None)
        seg = Segment(text[start:end]) if best is None else Segment(text[start:end], *best[2:])
        if out and (out[-1].role, out[-1].attribution, out[-1].claim) == (seg.role, seg.attribution, seg.claim):
            out[-1].text += seg.text
        else:
            out.append(seg)
    return out
