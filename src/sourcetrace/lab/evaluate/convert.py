"""Turn the engine's `Analysis` into the scorer's plain-offset shape.

PolNeAR is univocal: a token belongs to at most one attribution, so an
attribution reported inside another's content ("X said that Y denied …") is
never annotated there. The engine reports both, because users want both; for
scoring, the nested one is left out, as the corpus would have it.
"""
from __future__ import annotations

from sourcetrace.contract import Analysis, Attribution, Span
from .brat import GoldAttribution


def _fragments(span: Span | None) -> tuple[tuple[int, int], ...]:
    return ((span.start, span.end),) if span is not None else ()


def predicted_attribution(attribution: Attribution) -> GoldAttribution:
    # content_parts, when given, leave out the cue or aside inside a quote,
    # just as brat's discontinuous Content fragments do.
    parts = attribution.content_parts or [attribution.content]
    return GoldAttribution(
        source=_fragments(attribution.source),
        cue=_fragments(attribution.cue),
        content=tuple(sorted((p.start, p.end) for p in parts)),
    )


def _nested(inner: Attribution, outer: Attribution) -> bool:
    """Inside one piece of the other's content: what stands between two pieces of a split
    quote ("“A,” X said, adding that …, “B.”") is not inside it."""
    a = inner.content
    return any(b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end)
               for b in outer.content_parts or [outer.content])


def predicted_attributions(analysis: Analysis) -> list[GoldAttribution]:
    """The outermost attributions, in the scorer's shape."""
    found = analysis.attributions
    return [predicted_attribution(a) for a in found if not any(_nested(a, other) for other in found)]
