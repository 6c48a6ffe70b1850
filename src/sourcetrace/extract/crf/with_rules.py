"""Where the verb rules help the CRF.

The CRF finds more attributions than the rules; the rules know more about each
one they find. So where both found a cue on the same words, the rules' reading is kept
(the content carried on past ", offering …" and cut before ", calling …"; the
antecedent of "who"; the recipient and channel), with the model's confidence.
And a cue the CRF tagged but could not pair with a content gets the rules'
reading of its clause. (Unlinked contents are left alone: on dev, giving them
the rules' cue cost more precision than it won recall.)
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..base import Found, Offsets


def _overlaps(a: Offsets, b: Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def refined(linked: list[Found], rule_finds: list[Found]) -> list[Found]:
    """Each CRF find, or in its place the rules' find whose cue overlaps its cue."""
    out = []
    for found in linked:
        rule = next((r for r in rule_finds if found.cue and _overlaps(r.cue, found.cue)), None)
        if rule is not None:
            # The cue keeps PolNeAR's extent ("said in a statement") and the rules' cue noun
            # ("rejected claims"); the rest is the rules'.
            cue = (min(found.cue[0], rule.cue[0]), max(found.cue[1], rule.cue[1]))
            found = replace(rule, cue=cue, confidence=found.confidence)
        out.append(found)
    return out


def rescued(doc: Doc, spans: list[tuple[str, int, int]], linked: list[Found],
            rule_finds: list[Found]) -> list[Found]:
    """Rule finds for the CRF's unlinked cues."""
    linked_cues = {f.cue for f in linked}
    lone_cues = [offsets for role, start, end in spans if role == "CUE"
                 and (offsets := (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))) not in linked_cues]
    return [f for f in rule_finds if any(_overlaps(f.cue, c) for c in lone_cues)]
