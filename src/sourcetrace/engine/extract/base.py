"""What an extractor finds, before sources are resolved.

Extractors are plain functions `(doc) -> list[Found]`, registered by name in
`sourcetrace.extract.registry`; offsets are characters into `doc.text`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

Offsets = tuple[int, int]


def overlap(a: Offsets, b: Offsets) -> bool:
    """Two character ranges share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Found:
    content: list[Offsets]
    cue: Offsets | None
    source: Offsets | None
    type: str = "indirect"
    stance: str = "assert"
    recipient: str | None = None
    channel: str | None = None
    extractor: str = ""
    confidence: float = 1.0
    # False when the cue reports what the source felt, wanted or did, not what they said.
    statement: bool = True
    # Token index of the source's head, when the extractor knows it (helps resolution).
    source_head: int | None = None
    extra: dict = field(default_factory=dict)

    @cached_property
    def content_span(self) -> Offsets:
        # Cached: merging finds compares every pair. Finds are not edited after they are made.
        return (min(s for s, _ in self.content), max(e for _, e in self.content))

    def overlaps(self, other: "Found") -> bool:
        return overlap(self.content_span, other.content_span)
