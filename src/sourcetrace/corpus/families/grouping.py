"""Copies joined into families without chaining two stories through a page that carries both.

Copies of one story carry some of it each, or are both cut from one earlier text that holds them (a trim of the
top and a rewrite that dropped the top share nothing but both sit in the original). A later page that carries
a second whole article beside the story (a digest, a box) links two stories that share nothing and that it
cannot be the original of; such a link joins nothing.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache


def groups(sketches: list, edges: list[tuple[int, int]], conf: dict, tally: Counter,
           overlap: dict[tuple[int, int], int]) -> list[list[int]]:
    """Indices of the sketches in each family of two or more, joining along the strongest links first; two
    groups join only when every pair of their first members either shares text or is held by a member of
    either group published no later than both. `overlap`: shingles shared by pairs already compared."""
    @lru_cache(maxsize=None)
    def shared(i: int, j: int) -> int:
        known = overlap.get((i, j))
        if known is not None:
            return known
        tally["group_checks"] += 1
        return len(sketches[i].shingles & sketches[j].shingles)

    def held_in(i: int, hub: int) -> bool:   # most of i is in hub
        return shared(min(i, hub), max(i, hub)) >= conf["copy_containment"] * len(sketches[i].shingles)

    def alike(i: int, j: int) -> bool:
        smaller = min(len(sketches[i].shingles), len(sketches[j].shingles)) or 1
        n = shared(min(i, j), max(i, j))
        return n >= conf["family_min_shared"] and n / smaller >= conf["family_min_containment"]

    def common_original(i: int, j: int, pool: list[int]) -> bool:
        day_i, day_j = sketches[i].published, sketches[j].published
        return any(h not in (i, j) and _not_later(sketches[h].published, day_i, day_j)
                   and held_in(i, h) and held_in(j, h) for h in pool)

    def strength(edge: tuple[int, int]) -> float:
        n = shared(*edge)   # the union's size from the overlap, without building it
        return n / ((len(sketches[edge[0]].shingles) + len(sketches[edge[1]].shingles) - n) or 1)

    group_of = list(range(len(sketches)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(sketches))}
    checked = conf["family_checked_members"]   # bounds the cost of a join in a very large family
    for a, b in sorted(edges, key=lambda e: (-strength(e), e)):
        ga, gb = group_of[a], group_of[b]
        if ga == gb:
            continue
        first_a, first_b = members[ga][:checked], members[gb][:checked]
        if not all(alike(x, y) or common_original(x, y, first_a + first_b) for x in first_a for y in first_b):
            continue
        if len(members[ga]) < len(members[gb]):
            ga, gb = gb, ga
        for x in members[gb]:
            group_of[x] = ga
        members[ga].extend(members.pop(gb))
    return [g for g in members.values() if len(g) > 1]


def _not_later(hub, *days) -> bool:
    """Undated texts could be either way round."""
    return hub is None or all(d is None or hub <= d for d in days)
