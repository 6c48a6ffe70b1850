"""One-to-one matching of predicted items to gold items.

Exact matching pairs equal keys (a multiset intersection, so two identical
predictions cannot both claim one gold item). Overlap matching is greedy:
every (predicted, gold) pair with some overlap is ranked by its Jaccard
overlap, best first, and a pair is taken when neither side is taken yet.
Greedy is not always the maximum-weight matching, but with a handful of
items per article the two rarely differ, and greedy is easy to state.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Hashable, Sequence, TypeVar

P = TypeVar("P")
G = TypeVar("G")


def exact_matches(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> int:
    """How many predicted items equal a distinct gold item."""
    return sum((Counter(predicted) & Counter(gold)).values())


def greedy_pairs(predicted: Sequence[P], gold: Sequence[G],
                 weight: Callable[[P, G], float]) -> list[tuple[int, int]]:
    """(predicted index, gold index) pairs, one-to-one, by descending weight > 0."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            w = weight(p, g)
            if w > 0:
                candidates.append((-w, i, j))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
