"""Which claims say the same thing, and which cluster is the article's central one."""
from __future__ import annotations

import math
from collections import Counter

from sourcetrace.contract import Claim
from .features import Features
from .lexicon import load


def same_thing(a: Features, b: Features, cfg: dict | None = None) -> bool:
    cfg = cfg or load("linking")
    shared_predicates = a.predicates & b.predicates
    if shared_predicates:
        others = (a.words & b.words) - shared_predicates
        if len(others) >= cfg["min_shared_other"]:
            return True
    small = min(len(a.words), len(b.words))
    if small >= cfg["jaccard_min_words"]:
        return len(a.words & b.words) / len(a.words | b.words) >= cfg["jaccard"]
    return False


def is_fragment(f: Features) -> bool:
    """Content too thin to stand alone ('crazy', 'this idea'): it points back at an earlier claim."""
    return not f.predicates and len(f.words) <= load("linking")["fragment_max_words"]


def link(claims: list[Claim], feats: list[Features]) -> None:
    """Fill `same_as` both ways for every pair that says the same thing, in pair order."""
    cfg = load("linking")
    linked = [set(c.same_as) for c in claims]  # what `connect` would test in the lists, in O(1)
    for i, j in _sharing_pairs(feats):
        if same_thing(feats[i], feats[j], cfg) and claims[i].id != claims[j].id:
            for a, b in ((i, j), (j, i)):
                if claims[b].id not in linked[a]:
                    linked[a].add(claims[b].id)
                    claims[a].same_as.append(claims[b].id)


def _sharing_pairs(feats: list[Features]) -> list[tuple[int, int]]:
    """The pairs (i < j) that `same_thing` could accept, found without comparing every pair: those
    sharing a predicate (its first test), and those that could overlap by the Jaccard bar (its
    second), by the prefix filter of similarity joins: with each claim's words ranked rarest
    first, two sets with Jaccard ≥ J share a word among the first |words| − ⌈J·|words|⌉ + 1 of
    either. Common words are thus mostly left out of the look-up, and linking stays linear in
    practice where a corpus joined into one text has hundreds of claims sharing "year"."""
    cfg = load("linking")
    if cfg["jaccard"] <= 0:
        return [(i, j) for i in range(len(feats)) for j in range(i + 1, len(feats))]
    holding: dict[str, list[int]] = {}
    for i, f in enumerate(feats):
        for predicate in f.predicates:
            holding.setdefault(predicate, []).append(i)
    pairs = _pairs_within(holding.values())
    frequency = Counter(word for f in feats for word in f.words)
    holding = {}
    for i, f in enumerate(feats):
        if len(f.words) < cfg["jaccard_min_words"]:
            continue  # the Jaccard test is not made
        ranked = sorted(f.words, key=lambda word: (frequency[word], word))
        overlap = math.ceil(cfg["jaccard"] * len(ranked) - 1e-9)  # the least shared, rounded down to be safe
        for word in ranked[:len(ranked) - max(overlap, 1) + 1]:
            holding.setdefault(word, []).append(i)
    pairs |= _pairs_within(holding.values())
    return sorted(pairs)


def _pairs_within(groups) -> set[tuple[int, int]]:
    return {(group[a], group[b]) for group in groups for a in range(len(group)) for b in range(a + 1, len(group))}


def connect(a: Claim, b: Claim) -> None:
    if a.id == b.id:
        return
    if b.id not in a.same_as:
        a.same_as.append(b.id)
    if a.id not in b.same_as:
        b.same_as.append(a.id)


def clusters(claims: list[Claim]) -> list[list[Claim]]:
    """Connected components of `same_as`, each in text order, in order of first claim."""
    by_id = {c.id: c for c in claims}
    seen: set[str] = set()
    out: list[list[Claim]] = []
    for claim in sorted(claims, key=lambda c: (c.start, c.end)):
        if claim.id in seen:
            continue
        group, todo = [], [claim.id]
        while todo:
            cid = todo.pop()
            if cid in seen or cid not in by_id:
                continue
            seen.add(cid)
            group.append(by_id[cid])
            todo.extend(by_id[cid].same_as)
        out.append(sorted(group, key=lambda c: (c.start, c.end)))
    return out
