"""One text published many times (a wire story in hundreds of outlets) is sketched and paired once.

Records whose texts have the same `content_key` collapse into one unit before pairing, so a family's size in
identical copies costs nothing in the pairing, the grouping or the choice of the original. A unit keeps to
the date window: identical texts join only through a run of publication dates none more than the window
apart (as the pairs would have chained them), and an undated copy could be any day, so it holds its run open.
"""
from __future__ import annotations

from datetime import date


def runs(records: list, key, days: int) -> list[list]:
    """The records grouped by `key(record)` and, within a key, by runs of dates; units in input order."""
    by_key: dict = {}
    for r in records:
        by_key.setdefault(key(r), []).append(r)
    units = []
    for same in by_key.values():
        units.extend(_date_runs(same, days))
    position = {id(r): k for k, r in enumerate(records)}
    return sorted(units, key=lambda unit: position[id(unit[0])])


def _date_runs(same: list, days: int) -> list[list]:
    if len(same) == 1 or any(r.published is None for r in same):
        return [same]
    ordered = sorted(same, key=lambda r: r.published)
    out = [[ordered[0]]]
    for before, r in zip(ordered, ordered[1:]):
        if (r.published - before.published).days > days:
            out.append([])
        out[-1].append(r)
    # each unit lists its records in input order (the first is the one sketched; ties follow the input)
    order = {id(r): k for k, r in enumerate(same)}
    return [sorted(unit, key=lambda r: order[id(r)]) for unit in out]


def span(unit: list) -> tuple[date | None, date | None]:
    """Earliest and latest publication date; (None, None) when any copy is undated (it could be any day)."""
    if any(r.published is None for r in unit):
        return None, None
    return min(r.published for r in unit), max(r.published for r in unit)
