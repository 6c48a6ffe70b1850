"""Cues the CRF tagged but could not pair with a content: the verb rules read those
clauses, and their finds fill the gap. (Unlinked contents are left alone: on dev,
giving them the rules' cue cost more precision than it won recall.)"""
from __future__ import annotations

from spacy.tokens import Doc

from ..base import Found, Offsets
from ..verbal import extract_verbal


def _overlaps(a: Offsets, b: Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def rescued(doc: Doc, spans: list[tuple[str, int, int]], linked: list[Found]) -> list[Found]:
    """Verb-rule finds for the CRF's unlinked cues."""
    linked_cues = {f.cue for f in linked}
    lone_cues = [offsets for role, start, end in spans if role == "CUE"
                 and (offsets := (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))) not in linked_cues]
    if not lone_cues:
        return []
    return [found for found in extract_verbal(doc) if any(_overlaps(found.cue, c) for c in lone_cues)]
