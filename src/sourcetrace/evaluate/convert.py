"""Turn the engine's `Analysis` into the scorer's plain-offset shape."""
from __future__ import annotations

from ..model import Analysis, Attribution, Span
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


def predicted_attributions(analysis: Analysis) -> list[GoldAttribution]:
    return [predicted_attribution(a) for a in analysis.attributions]
