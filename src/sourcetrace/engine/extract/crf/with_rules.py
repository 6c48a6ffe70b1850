"""Where the verb rules help the CRF.

The CRF finds more attributions than the rules; the rules know more about each
one they find. So where both found a cue on the same words, the rules' reading is kept
(the content carried on past ", offering …" and cut before ", calling …"; the
recipient and channel), with the model's confidence.
And a cue the CRF tagged but could not pair with a content gets the rules'
reading of its clause. (Unlinked contents are left alone: on dev, giving them
the rules' cue cost more precision than it won recall.)
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..base import Found, Offsets, overlap
from ...lexicon import cue_stance
from ...parse import span_at


def has_cue_word(doc: Doc, found: Found) -> bool:
    """The find's cue holds a word of the cue lexicons (or "according")."""
    span = span_at(doc, *found.cue) if found.cue else None
    return span is not None and any(
        cue_stance(t.lemma_, noun=t.pos_ == "NOUN") or t.lower_ == "according" for t in span)


def refined(doc: Doc, linked: list[Found], rule_finds: list[Found]) -> list[Found]:
    """Each CRF find, or in its place the rules' find whose cue overlaps its cue.

    A find of the model's alone whose cue sits inside the content of one the rules back
    must have a cue word: "said Russia wants …, offering them …" is one attribution.
    """
    out, backed = [], []
    for found in linked:
        rule = next((r for r in rule_finds if found.cue and overlap(r.cue, found.cue)), None)
        if rule is not None:
            # The cue keeps PolNeAR's extent ("said in a statement") and the rules' cue noun
            # ("rejected claims"); the rest is the rules'.
            cue = (min(found.cue[0], rule.cue[0]), max(found.cue[1], rule.cue[1]))
            # "rejected Opposition claims that …", the parser taking "claims" for a verb: the
            # rules read "claims", but the cue phrase is headed by the denial
            stance = "deny" if found.stance == "deny" and rule.stance == "assert" else rule.stance
            found = replace(rule, cue=cue, stance=stance, confidence=found.confidence)
            backed.append(found)
        else:
            found, other = _unlinked_piece(found, rule_finds)
            if other is not None:
                out.append(other)
                backed.append(other)
        out.append(found)
    return [f for f in out if any(f is b for b in backed) or has_cue_word(doc, f)
            or not any(_inside(f.cue, b) for b in backed)]


def _unlinked_piece(found: Found, rule_finds: list[Found]) -> tuple[Found, Found | None]:
    """"denied that she had helped …, calling the allegation 'a smear'": a piece of the model's
    content that is, whole, the content of another cue verb by the rules is that verb's find;
    the model's find keeps its other pieces."""
    if found.cue is None or len(found.content) < 2:
        return found, None
    for rule in rule_finds:
        if rule.cue is None or overlap(rule.cue, found.cue) or len(rule.content) != 1 or rule.content[0] not in found.content:
            continue
        rest = [part for part in found.content if part != rule.content[0]]
        return replace(found, content=rest), rule
    return found, None


def _inside(cue: Offsets | None, outer: Found) -> bool:
    start, end = outer.content_span
    return cue is not None and start <= cue[0] and cue[1] <= end


def rescued(doc: Doc, spans: list[tuple[str, int, int]], linked: list[Found],
            rule_finds: list[Found]) -> list[Found]:
    """Rule finds for the CRF's unlinked cues."""
    linked_cues = {f.cue for f in linked}
    lone_cues = [offsets for role, start, end in spans if role == "CUE"
                 and (offsets := (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))) not in linked_cues]
    return [f for f in rule_finds if any(overlap(f.cue, c) for c in lone_cues)]
