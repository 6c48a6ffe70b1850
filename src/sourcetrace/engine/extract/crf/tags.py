"""BIO tags over tokens and back to spans.

PolNeAR is univocal (a token is at most one role of one attribution), so one
tag per token loses nothing but which spans belong together; `link.py` puts
that back.
"""
from __future__ import annotations


ROLE_TAGS = {"source": "SRC", "cue": "CUE", "content": "CNT"}
LABELS = ["O"] + [f"{bio}-{tag}" for tag in ROLE_TAGS.values() for bio in "BI"]


def tag_spans(tags: list[str]) -> list[tuple[str, int, int]]:
    """(role tag, first token, end token) for each run; a stray I- starts a new span."""
    spans: list[tuple[str, int, int]] = []
    current: list | None = None
    for i, tag in enumerate(tags):
        bio, _, role = tag.partition("-")
        if bio == "I" and current is not None and current[0] == role and current[2] == i:
            current[2] = i + 1
            continue
        if current is not None:
            spans.append(tuple(current))  # type: ignore[arg-type]
            current = None
        if bio in ("B", "I"):
            current = [role, i, i + 1]
    if current is not None:
        spans.append(tuple(current))  # type: ignore[arg-type]
    return spans
