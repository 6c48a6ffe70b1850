"""A verb of saying more ("added", "stressed", "warned") left with no subject goes on with the speaker
before it: "Police said two men had been arrested and added that a third was being sought" (the
parser joins "added" to the reported "arrested", whose subject is no speaker) and the fragment
"The mayor said the bridge was safe. Adding that inspections would continue." (a sentence of its
own, with no subject at all). Outlets everywhere write both; the verb's meaning, saying more, ties
it to whoever was just saying something, and the text offers no one else. Only a verb with no aux
of its own ("and had asked that …" is the reported clause going on, set back as it is) and in the
tense of the speech verb before it.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from ..extract.base import Found, SpanIndex
from ..lexicon import word_set
from ..parse import span_at

SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
PAST = {"VBD", "VBN"}


def said_further(doc: Doc, found: list[Found]) -> dict[int, int]:
    """Finds whose cue says more with no subject of its own, each with the find whose speaker goes
    on."""
    more = word_set("said_more_verbs")
    # finds with a source and a cue, by where the cue starts
    cues = sorted((g.cue[0], j) for j, g in enumerate(found) if g.source is not None and g.cue is not None)
    starts = [s for s, _ in cues]
    by_content: SpanIndex[int] | None = None  # built on first need: most texts have no such verb
    out = {}
    for i, f in enumerate(found):
        if f.cue is None:
            continue
        cue = span_at(doc, *f.cue)
        verb = next((t for t in cue if t.pos_ in ("VERB", "AUX")), None) if cue is not None else None
        if verb is None or verb.lemma_.lower() not in more or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        if f.source is None and (j := _fragment_after(doc, verb, cues, starts)) is not None and j != i:
            out[i] = j
        elif verb.dep_ == "conj":
            by_content = by_content or _reported_index(found)
            j = _joined_to_reported(verb, found, by_content)
            if j is not None and j != i and (f.source is None or _within(f.source, found[j])):
                out[i] = j  # a source taken from the reported clause ("the suspects") is not the speaker
    return out


def _fragment_after(doc: Doc, verb: Token, cues: list, starts: list[int]) -> int | None:
    """"Adding that …" opening a sentence of its own: the last speaker of the sentence before."""
    sent = verb.sent
    if verb.tag_ != "VBG" or not all(t.is_punct or t.is_space or t.lower_ == "and" for t in doc[sent.start:verb.i]) \
            or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    k = bisect_left(starts, sent.start_char) - 1
    if k >= 0 and starts[k] >= before.start_char:
        return cues[k][1]
    return None


def _reported_index(found: list[Found]) -> SpanIndex[int]:
    index: SpanIndex[int] = SpanIndex()
    for j, g in enumerate(found):
        if g.source is not None and g.cue is not None:
            index.add(j, *g.content)
    return index


def _joined_to_reported(verb: Token, found: list[Found], by_content: SpanIndex[int]) -> int | None:
    """"said two men had been arrested and added that …": a conjunct of a verb inside another
    find's words, after its cue, in that cue's tense and with no aux of its own."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    at = head.idx
    around = [j for j in by_content.near((at, at + 1))
              if found[j].cue[1] <= at and any(s <= at < e for s, e in found[j].content)]
    if not around:
        return None
    j = max(around, key=lambda j: found[j].cue[0])  # the innermost speech verb
    said = span_at(verb.doc, *found[j].cue)
    said = next((t for t in said if t.pos_ in ("VERB", "AUX")), None) if said is not None else None
    if said is None or (said.tag_ in PAST) != (verb.tag_ in PAST):
        return None
    return j


def _within(source: tuple[int, int], g: Found) -> bool:
    return any(s <= source[0] and source[1] <= e for s, e in g.content)
