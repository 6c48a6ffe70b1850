"""Group records into syndicated-copy families and name each member's relation to the family's original.

Records with the same text within the date window are one unit (`copies.py`): it is sketched, paired and
weighed once, however many outlets printed it. Candidate pairs of units come from LSH buckets, shared long
sentences and sampled shingles, a bounded number per text (`candidates.py`). A candidate pair within the date
window is a copy when enough of the smaller text's shingles are in the larger, or, a little short of that,
enough of its sentences are with a few words changed (`edited.py`). Copies join into families without chaining
two stories (`grouping.py`). Relations, against the original (`original.py`): reprint (the same sentences
below the headline), trimmed (the original's last sentences gone), local_added (sentences added, none gone),
rewrite (most sentences edited, or both added and removed).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from sourcetrace.corpus.families.candidates import candidates
from sourcetrace.corpus.families.copies import runs, span
from sourcetrace.corpus.families.credits import wire_credit
from sourcetrace.corpus.families.edited import matched_share, sentence_words
from sourcetrace.corpus.families.grouping import groups
from sourcetrace.corpus.families.original import choose_original, relations
from sourcetrace.corpus.families.sketch import content_key, sentence_hashes, shingles, words

DATA = Path(__file__).with_name("data")


@dataclass
class Record:
    ref: str
    text: str
    outlet: str = ""
    published: date | None = None


@dataclass
class _Sketch:
    records: list[Record]        # one text, as each outlet published it (input order)
    shingles: set[str]
    sentences: set[bytes]
    credits: list[str | None] = field(default_factory=list)   # each record's wire credit
    sentence_words: list[list[str]] | None = None   # worked out only for pairs that need it
    first: date | None = field(init=False)   # the copies' earliest and latest dates (None: one is undated)
    last: date | None = field(init=False)

    def __post_init__(self):
        self.first, self.last = span(self.records)

    @property
    def record(self) -> Record:
        return self.records[0]

    @property
    def published(self) -> date | None:
        """The earliest copy's date; None when a copy is undated (it could be the earliest)."""
        return self.first


@lru_cache(maxsize=1)
def settings() -> dict:
    return json.loads((DATA / "families.json").read_text(encoding="utf-8"))


def _within(a: _Sketch, b: _Sketch, days: int) -> bool:
    """Some copy of each within the window (a unit's dates run with no gap wider than the window)."""
    if a.first is None or b.first is None:
        return True
    return (max(a.first, b.first) - min(a.last, b.last)).days <= days


def _is_copy(a: _Sketch, b: _Sketch, shared: int, conf: dict) -> bool:
    """Enough of the smaller text's shingles (`shared` of them) in the larger; or, short of that but not far,
    enough of its sentences in the larger with a few words changed (an edited copy)."""
    small, large = (a, b) if len(a.shingles) <= len(b.shingles) else (b, a)
    share = shared / (len(small.shingles) or 1)
    if shared < conf["min_shared_shingles"] or share < conf["edited_floor"]:
        return False
    if share >= conf["copy_containment"]:
        return True
    return matched_share(_sentences(small, conf), _sentences(large, conf),
                         conf["edited_sentence_overlap"]) >= conf["edited_copy_share"]


def _sentences(s: _Sketch, conf: dict) -> list[list[str]]:
    if s.sentence_words is None:
        s.sentence_words = sentence_words(s.record.text, conf["edited_min_words"])
    return s.sentence_words


def _keys(records: list[Record], said: dict[int, list[str]]):
    """Each record's `content_key`, worked out only where another record has the same words (the cheap test)."""
    rough = {id(r): hash(tuple(said[id(r)])) for r in records}
    seen = Counter(rough.values())
    return lambda r: (rough[id(r)], content_key(r.text) if seen[rough[id(r)]] > 1 else b"")


def _sketch(unit: list[Record], said: list[str], conf: dict) -> _Sketch:
    text = unit[0].text
    return _Sketch(unit, shingles(said, conf["shingle_words"]),
                   sentence_hashes(text, conf["min_sentence_words"]), [wire_credit(r.text) for r in unit])


def find_families(records: list[Record], tally: Counter | None = None, **overrides) -> list[dict]:
    """Families of two or more copies: {"family", "wire", "members": [{"ref", "relation"}]} (original first).
    `tally`, when given, counts the pairs of texts compared at each stage (the cost that grows with a family)."""
    conf = {**settings(), **overrides}
    tally = Counter() if tally is None else tally
    said = {id(r): words(r.text) for r in records}
    units = runs(records, _keys(records, said), conf["window_days"])
    sketches = [_sketch(unit, said[id(unit[0])], conf) for unit in units]
    # a text too short to share enough shingles with anything is no one's copy, however often it was printed
    pairing = [k for k, s in enumerate(sketches) if len(s.shingles) >= conf["min_shared_shingles"]]
    pairs = [(pairing[a], pairing[b]) for a, b in sorted(candidates([sketches[k] for k in pairing], conf))]
    pairs = [(a, b) for a, b in pairs if _within(sketches[a], sketches[b], conf["window_days"])]
    tally["copy_checks"] += len(pairs)
    overlap = {(a, b): len(sketches[a].shingles & sketches[b].shingles) for a, b in pairs}
    edges = [(a, b) for a, b in pairs if _is_copy(sketches[a], sketches[b], overlap[a, b], conf)]
    grouped = groups(sketches, edges, conf, tally, overlap)
    # identical copies joined to no other text are a family of their own (each is a reprint of the first)
    inside = {i for group in grouped for i in group}
    grouped += [[k] for k in pairing if k not in inside and len(sketches[k].records) > 1]
    families = [_family([sketches[i] for i in group], conf, tally) for group in grouped]
    return sorted(families, key=lambda f: f["family"])


def _family(members: list[_Sketch], conf: dict, tally: Counter) -> dict:
    unit, original = choose_original(members, conf, tally)
    credits = sorted({c for m in members for c in m.credits if c})
    tally["relation_checks"] += len(members)
    related = dict(zip(map(id, members), relations(members, unit, conf)))
    rest = sorted(((r, related[id(m)]) for m in members for r in m.records if r is not original),
                  key=lambda rr: (rr[0].published or date.min, rr[0].ref))
    return {
        "family": original.ref,
        "wire": credits[0] if len(credits) == 1 else (credits or None),
        "members": [{"ref": original.ref, "relation": "original"}]
                   + [{"ref": r.ref, "relation": rel} for r, rel in rest],
    }
