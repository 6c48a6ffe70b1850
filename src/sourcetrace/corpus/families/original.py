"""A family's original and each copy's relation to it, in time linear in the family's size.

The original is the earliest published; among the earliest, the wire's own copy, then the text closest to
the others (most shingles in common relative to the union, so neither a trimmed nor an extended copy).
Identical copies are one unit, weighed once and counted as many; past `original_checked_units` distinct texts,
closeness is weighed for that many candidates against that many others (the most reprinted texts first).
"""
from __future__ import annotations

from collections import Counter

from sourcetrace.corpus.families.sketch import body, sentence_list


def choose_original(units: list, conf: dict, tally: Counter) -> tuple:
    """(unit, record) of the original among the family's units (in the order the family was joined)."""
    cap = conf["original_checked_units"]
    dated = [r.published for u in units for r in u.records if r.published]
    first = min(dated, default=None)

    def earliest(r) -> bool:
        return first is None or r.published in (first, None)

    def wires_own(u, k) -> bool:
        credit, outlet = u.credits[k], u.records[k].outlet
        return credit is not None and credit.lower() == outlet.lower()

    held = [u for u in units if any(map(earliest, u.records))]
    if len(held) > cap:
        held = sorted(held, key=lambda u: (not any(wires_own(u, k) for k in range(len(u.records))),
                                          -len(u.records)))[:cap]
    others = units if len(units) <= cap else sorted(units, key=lambda u: -len(u.records))[:cap]

    def closeness(u) -> float:
        tally["original_checks"] += len(others)
        # each other copy once, itself not: a unit of identical copies counts as many (each is 1 to the rest)
        return sum((len(v.records) - (v is u)) * len(u.shingles & v.shingles) / (len(u.shingles | v.shingles) or 1)
                   for v in others)

    close = {id(u): closeness(u) for u in held}
    ranked = ((wires_own(u, k), close[id(u)], -len(r.ref), u, r)
              for u in held for k, r in enumerate(u.records) if earliest(r))
    best = max(ranked, key=lambda c: c[:3])   # the first of equals, as the family was joined
    return best[3], best[4]


def containment(a: set, b: set) -> float:
    """Share of a held in b."""
    return len(a & b) / len(a) if a else 0.0


def relations(copies: list, original, conf: dict) -> list[str]:
    """Each copy's relation to the original (the original's sentences read once)."""
    body_o = sentence_list(body(original.record.text))
    set_o = set(body_o)
    return [relation(sentence_list(body(c.record.text)), body_o, set_o, conf) for c in copies]


def relation(body_c: list[bytes], body_o: list[bytes], set_o: set[bytes], conf: dict) -> str:
    """Compare the sentence sequences below the first line (the headline, which reprints change freely)."""
    set_c = set(body_c)
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
