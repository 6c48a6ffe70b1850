"""What an extractor finds, before sources are resolved.

Extractors are plain functions `(doc) -> list[Found]`, registered by name in
`sourcetrace.extract.registry`; offsets are characters into `doc.text`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Generic, Iterable, TypeVar

Offsets = tuple[int, int]
T = TypeVar("T")


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


class SpanIndex(Generic[T]):
    """Items filed under the character ranges they cover, for overlap look-ups that cost what
    the range covers, not the number of items: each range is filed under every `width`-character
    cell it touches. `near` returns every item whose range shares a cell with the query, in the
    order they were added (a superset of those that overlap it; the caller tests each)."""

    def __init__(self, width: int = 256) -> None:
        self._width = width
        self._cells: dict[int, dict[int, tuple[int, T]]] = {}
        self._added = 0

    def _cells_of(self, span: Offsets) -> range:
        # an empty range still sits in a cell: `overlap` counts one strictly inside another
        return range(span[0] // self._width, max(span[0], span[1] - 1) // self._width + 1)

    def add(self, item: T, *spans: Offsets) -> None:
        self._added += 1
        for span in spans:
            for cell in self._cells_of(span):
                self._cells.setdefault(cell, {})[id(item)] = (self._added, item)

    def remove(self, item: T, *spans: Offsets) -> None:
        for span in spans:
            for cell in self._cells_of(span):
                self._cells.get(cell, {}).pop(id(item), None)

    def near(self, *spans: Offsets) -> list[T]:
        found: dict[int, tuple[int, T]] = {}
        for span in spans:
            for cell in self._cells_of(span):
                found.update(self._cells.get(cell, {}))
        return [item for _, item in sorted(found.values(), key=lambda pair: pair[0])]

    @classmethod
    def of(cls, items: Iterable[tuple[T, Offsets]], width: int = 256) -> "SpanIndex[T]":
        index: SpanIndex[T] = cls(width)
        for item, span in items:
            index.add(item, span)
        return index
