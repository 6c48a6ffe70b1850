"""Group records into syndicated-copy families and name each member's relation to the family's original.

Candidates come from MinHash LSH buckets (whole-text reuse), shared long sentences (partial reuse: a trimmed
copy, a local paragraph on top) and a fixed sample of shared shingles (a short edited copy of a long text),
never from all pairs. A candidate pair within the date window is a copy when enough of the smaller text's
shingles are in the larger, or, a little short of that, enough of its sentences are with a few words changed
(`edited.py`). Copies join into families without chaining two stories (`grouping.py`). Relations, against
the original: reprint (the same sentences below the headline), trimmed (the original's last sentences gone),
local_added (sentences added, none gone), rewrite (most sentences edited, or both added and removed).
"""
from __future__ import annotations

import json
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from rensa import RMinHashLSH

from sourcetrace.corpus.families.credits import wire_credit
from sourcetrace.corpus.families.edited import matched_share, sentence_words
from sourcetrace.corpus.families.grouping import groups
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
    sentence_words: list[list[str]] | None = None   # worked out only for pairs that need it


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
    """Enough of the smaller text's shingles in the larger; or, short of that but not far, enough of its
    sentences in the larger with a few words changed (an edited copy)."""
    shared = len(a.shingles & b.shingles)
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
    for group in groups(sketches, edges, conf):
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
