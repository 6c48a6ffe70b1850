"""Group records into syndicated-copy families and name each member's relation to the family's original.

Candidates come from MinHash LSH buckets (whole-text reuse) and from shared long sentences (partial reuse: a
trimmed copy, a local paragraph on top), never from all pairs; a candidate pair within the date window is a copy
when enough of the smaller text's shingles are in the larger. Relations, against the original:
reprint (the same sentences below the headline), trimmed (the original's last sentences gone), local_added
(sentences added, none gone), rewrite (most sentences edited, or both added and removed: a copy all the same).
"""
from __future__ import annotations

import json
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from rensa import RMinHashLSH

from sourcetrace.corpus.families.credits import wire_credit
from sourcetrace.corpus.families.sketch import SENTENCE, minhash, sentence_hashes, sentence_list, shingles, words

DATA = Path(__file__).with_name("data")


@dataclass
class Record:
    ref: str
    text: str
    outlet: str = ""
    published: date | None = None


@dataclass
class _Sketch:
    record: Record
    shingles: set[str]
    sentences: set[bytes]
    credit: str | None = None
    links: dict[int, float] = field(default_factory=dict)


@lru_cache(maxsize=1)
def settings() -> dict:
    return json.loads((DATA / "families.json").read_text(encoding="utf-8"))


def _candidates(sketches: list[_Sketch], conf: dict) -> set[tuple[int, int]]:
    lsh = RMinHashLSH(threshold=conf["lsh_threshold"], num_perm=conf["num_perm"], num_bands=conf["lsh_bands"])
    hashes = [minhash(s.shingles, conf["num_perm"], conf["seed"]) for s in sketches]
    for i, h in enumerate(hashes):
        lsh.insert(i, h)
    pairs = set()
    for i, h in enumerate(hashes):
        pairs.update((min(i, j), max(i, j)) for j in lsh.query(h) if j != i)
    buckets: dict[bytes, list[int]] = {}
    for i, s in enumerate(sketches):
        for sentence in s.sentences:
            buckets.setdefault(sentence, []).append(i)
    for members in buckets.values():
        # A sentence in very many articles is boilerplate (a sign-off, a standard line), not evidence of a copy.
        if 1 < len(members) <= conf["max_sentence_bucket"]:
            pairs.update((a, b) for k, a in enumerate(members) for b in members[k + 1:])
    return pairs | _sampled_pairs(sketches, conf)


def _sampled_pairs(sketches: list[_Sketch], conf: dict) -> set[tuple[int, int]]:
    """Pairs sharing several shingles of a fixed sample (those whose hash falls in 1 of `sample_every` values).
    MinHash LSH finds texts alike as a whole; a short edited copy of a long article is alike in containment
    only, and its edits break the whole sentences the sentence buckets need, but it keeps some sampled shingles."""
    every, cap = conf["sample_every"], conf["max_sample_bucket"]
    index: dict[int, list[int]] = {}
    for i, s in enumerate(sketches):
        for h in {zlib.crc32(shingle.encode()) for shingle in s.shingles}:
            if h % every == 0:
                index.setdefault(h, []).append(i)
    shared: Counter = Counter()
    for members in index.values():
        if 1 < len(members) <= cap:   # a shingle in very many articles is a stock phrase
            shared.update((a, b) for k, a in enumerate(members) for b in members[k + 1:])
    return {pair for pair, n in shared.items() if n >= conf["min_shared_samples"]}


def _within(a: Record, b: Record, days: int) -> bool:
    return a.published is None or b.published is None or abs((a.published - b.published).days) <= days


def containment(a: set, b: set) -> float:
    """Share of a held in b."""
    return len(a & b) / len(a) if a else 0.0


def _is_copy(a: _Sketch, b: _Sketch, conf: dict) -> bool:
    shared = len(a.shingles & b.shingles)
    smaller = min(len(a.shingles), len(b.shingles)) or 1
    return shared >= conf["min_shared_shingles"] and shared / smaller >= conf["copy_containment"]


def _shares_text(a: _Sketch, b: _Sketch, conf: dict) -> bool:
    shared = len(a.shingles & b.shingles)
    smaller = min(len(a.shingles), len(b.shingles)) or 1
    return shared >= conf["family_min_shared"] and shared / smaller >= conf["family_min_containment"]


def _groups(sketches: list[_Sketch], edges: list[tuple[int, int]], conf: dict) -> list[list[int]]:
    """Join copies along the strongest links first. Two groups join only when their first members all share
    text with each other: copies of one story all carry some of it, whereas a copy that holds a second whole
    article (a long added passage) links two stories that share nothing, and must not chain them into one."""
    def strength(edge: tuple[int, int]) -> float:
        a, b = sketches[edge[0]].shingles, sketches[edge[1]].shingles
        return len(a & b) / (len(a | b) or 1)

    group_of = list(range(len(sketches)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(sketches))}
    checked = conf["family_checked_members"]   # bounds the cost of a join in a very large family
    for a, b in sorted(edges, key=lambda e: (-strength(e), e)):
        ga, gb = group_of[a], group_of[b]
        if ga == gb:
            continue
        if not all(_shares_text(sketches[x], sketches[y], conf)
                   for x in members[ga][:checked] for y in members[gb][:checked]):
            continue
        if len(members[ga]) < len(members[gb]):
            ga, gb = gb, ga
        for x in members[gb]:
            group_of[x] = ga
        members[ga].extend(members.pop(gb))
    return [g for g in members.values() if len(g) > 1]


def _original(members: list[_Sketch]) -> _Sketch:
    """Earliest published; among the earliest, the wire's own copy, then the one closest to all the others
    (most shingles in common relative to the union, so neither a trimmed nor an extended copy)."""
    def closeness(s: _Sketch) -> float:
        return sum(len(s.shingles & o.shingles) / (len(s.shingles | o.shingles) or 1) for o in members if o is not s)

    first = min((m.record.published for m in members if m.record.published), default=None)
    earliest = [m for m in members if m.record.published in (first, None)] if first else members
    return max(earliest, key=lambda s: (s.credit is not None and s.credit.lower() == s.record.outlet.lower(),
                                       closeness(s), -len(s.record.ref)))


def body(text: str) -> str:
    """The text below its headline block (first paragraph, else first line) when that is headline-short;
    else all but the first sentence."""
    text = text.strip()
    for mark in ("\n\n", "\n"):
        head, _, rest = text.partition(mark)
        if rest and len(head) <= 300:
            return rest
    return " ".join(SENTENCE.split(text)[1:])


def relation(copy: _Sketch, original: _Sketch, conf: dict) -> str:
    """Compare the sentence sequences below the first line (the headline, which reprints change freely)."""
    body_o, body_c = sentence_list(body(original.record.text)), sentence_list(body(copy.record.text))
    set_o, set_c = set(body_o), set(body_c)
    kept = sum(h in set_c for h in body_o) / max(len(body_o), 1)
    if kept < conf["unchanged_share"] and containment(set_c, set_o) < conf["unchanged_share"]:
        return "rewrite"      # most sentences were edited: a copy, but not verbatim
    missing = [i for i, h in enumerate(body_o) if h not in set_c]
    extra = [h for h in body_c if h not in set_o]
    if not missing and not extra:
        return "reprint"
    if missing and not extra and min(missing) >= len(body_c) - 1:
        return "trimmed"      # only the end is gone (a line repeated further down may still be found)
    if extra and not missing:
        return "local_added"
    return "rewrite"


def find_families(records: list[Record], **overrides) -> list[dict]:
    """Families of two or more copies: {"family", "wire", "members": [{"ref", "relation"}]} (original first)."""
    conf = {**settings(), **overrides}
    sketches = []
    for r in records:
        ws = words(r.text)
        sketches.append(_Sketch(r, shingles(ws, conf["shingle_words"]),
                                sentence_hashes(r.text, conf["min_sentence_words"]), wire_credit(r.text)))
    edges = [(a, b) for a, b in sorted(_candidates(sketches, conf))
             if _within(sketches[a].record, sketches[b].record, conf["window_days"])
             and _is_copy(sketches[a], sketches[b], conf)]
    families = []
    for group in _groups(sketches, edges, conf):
        members = [sketches[i] for i in group]
        original = _original(members)
        rest = sorted((m for m in members if m is not original),
                      key=lambda m: (m.record.published or date.min, m.record.ref))
        credits = sorted({m.credit for m in members if m.credit})
        families.append({
            "family": original.record.ref,
            "wire": credits[0] if len(credits) == 1 else (credits or None),
            "members": [{"ref": original.record.ref, "relation": "original"}]
                       + [{"ref": m.record.ref, "relation": relation(m, original, conf)} for m in rest],
        })
    return sorted(families, key=lambda f: f["family"])
