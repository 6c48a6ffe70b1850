"""BIO tags over tokens: from gold attributions (training) and back to spans (tagging).

PolNeAR is univocal (a token is at most one role of one attribution), so one
tag per token loses nothing but which spans belong together; `link.py` puts
that back.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ...evaluate.brat import GoldAttribution
from ...evaluate.spans import normalise

ROLE_TAGS = {"source": "SRC", "cue": "CUE", "content": "CNT"}
LABELS = ["O"] + [f"{bio}-{tag}" for tag in ROLE_TAGS.values() for bio in "BI"]


def _token_range(doc: Doc, start: int, end: int) -> range:
    """Tokens overlapping the characters [start, end), as a range of indices."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def gold_tags(doc: Doc, attributions: list[GoldAttribution]) -> list[str]:
    """One BIO tag per token; fragments are normalised first so edges are consistent."""
    tags = ["O"] * len(doc)
    for attribution in attributions:
        for role, tag in ROLE_TAGS.items():
            for start, end in normalise(doc.text, getattr(attribution, role)):
                tokens = _token_range(doc, start, end)
                for k, i in enumerate(tokens):
                    tags[i] = ("B-" if k == 0 else "I-") + tag
    return tags


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
