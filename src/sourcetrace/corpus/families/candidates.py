"""Candidate pairs for the copy check, never all pairs, and never more than a fixed number per text.

MinHash LSH buckets (whole-text reuse), shared long sentences (partial reuse: a trimmed copy, a local paragraph
on top) and a fixed sample of shared shingles (a short edited copy of a long text). A bucket as large as a
family of hundreds of copies would pair every member with every other: an LSH bucket pairs each text with at
most `partners_per_text` of those before it (the first ones, so a family's texts meet at a few hubs), and each text
keeps at most that many partners from each source; sentence and sample buckets over their caps are stock phrases.
"""
from __future__ import annotations

import zlib
from collections import Counter

from sourcetrace.corpus.families.sketch import minhash


def candidates(sketches: list, conf: dict) -> set[tuple[int, int]]:
    cap = conf["max_sentence_bucket"]
    buckets: dict[bytes, list[int]] = {}
    for i, s in enumerate(sketches):
        for sentence in s.sentences:
            buckets.setdefault(sentence, []).append(i)
    # A sentence in very many articles is boilerplate (a sign-off, a standard line), not evidence of a copy.
    sentence_pairs = _first_partners((m for m in buckets.values() if len(m) <= cap), conf["partners_per_text"])
    return _lsh_pairs(sketches, conf) | sentence_pairs | _sampled_pairs(sketches, conf)


def _first_partners(buckets, cap: int) -> set[tuple[int, int]]:
    """Each text paired with the first `cap` texts before it in each of its buckets, and with at most `cap` in
    all (the first): a bucket of n texts costs n·cap pairs, not n²/2, and a family still meets at its first."""
    earlier: dict[int, set[int]] = {}
    for members in buckets:
        for k, j in enumerate(members[1:], 1):
            earlier.setdefault(j, set()).update(members[:min(k, cap)])
    return {(i, j) for j, partners in earlier.items() for i in sorted(partners)[:cap]}


def _lsh_pairs(sketches: list, conf: dict) -> set[tuple[int, int]]:
    """Texts whose MinHash agrees on all rows of some band (the banding of `RMinHashLSH`, done here so that a
    bucket's pairs can be capped)."""
    bands = conf["lsh_bands"]
    rows = conf["num_perm"] // bands
    buckets: dict[tuple, list[int]] = {}
    for i, s in enumerate(sketches):
        digest = minhash(s.shingles, conf["num_perm"], conf["seed"]).digest()
        for b in range(bands):
            buckets.setdefault((b, *digest[b * rows:(b + 1) * rows]), []).append(i)
    return _first_partners(buckets.values(), conf["partners_per_text"])


def _sampled_pairs(sketches: list, conf: dict) -> set[tuple[int, int]]:
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
    partners = conf["partners_per_text"]
    for members in index.values():
        if 1 < len(members) <= cap:   # a shingle in very many articles is a stock phrase
            shared.update((a, b) for k, b in enumerate(members[1:], 1) for a in members[:min(k, partners)])
    earlier: dict[int, list[int]] = {}
    for (a, b), n in shared.items():
        if n >= conf["min_shared_samples"]:
            earlier.setdefault(b, []).append(a)
    return {(a, b) for b, found in earlier.items() for a in sorted(found)[:partners]}
