"""Syndicated-copy families (corpus/families) kept in the store's `families` table, refreshed after an ingest
over the articles published near the new ones (copies lie within the families' own date window)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .link import day_of
from .sql import rows_in


def refresh_families(store, refs: list[str] | None = None) -> set[str]:
    """Recompute the families of the articles near `refs` (all articles when None); returns the refs whose
    family or relation changed."""
    try:
        from sourcetrace.corpus.families import Record, find_families
        from sourcetrace.corpus.families.families import settings
    except ImportError:  # an install without corpus/families: exact copies only
        Record, find_families, settings = _Record, _exact_copies, lambda: {"window_days": 7}
    scope = _scope(store, refs, timedelta(days=2 * settings()["window_days"]))
    records = [Record(ref=ref, text=text, outlet=outlet or "", published=day_of(published))
               for ref, text, outlet, published in scope]
    found = {m["ref"]: (f["family"], m["relation"]) for f in find_families(records) for m in f["members"]}
    inside = [r.ref for r in records]
    before = {ref: (family, relation) for ref, family, relation in rows_in(
        store, "SELECT ref, family, relation FROM families WHERE ref IN ({in})", inside)}
    changed = {ref for ref in set(before) | set(found) if before.get(ref) != found.get(ref)}
    with store.transaction():
        for ref in changed:
            store.execute("DELETE FROM families WHERE ref = ?", (ref,))
            if ref in found:
                store.execute("INSERT INTO families (ref, family, relation) VALUES (?, ?, ?)", (ref, *found[ref]))
    return changed


def _scope(store, refs: list[str] | None, margin: timedelta) -> list[tuple]:
    query = "SELECT ref, text, outlet, published FROM articles WHERE state = 'analysed'"
    if refs is None:
        return store.rows(query + " ORDER BY ref")
    days = [d for d in (day_of(p) for (p,) in rows_in(store, "SELECT published FROM articles WHERE ref IN ({in})",
                                                        refs)) if d is not None]
    undated = store.rows(query + " AND published IS NULL ORDER BY ref") if len(days) < len(refs) else []
    if not days:
        return undated
    low: date = min(days) - margin
    high: date = max(days) + margin + timedelta(days=1)
    return store.rows(query + " AND published >= ? AND published < ? ORDER BY ref",
                      (low.isoformat(), high.isoformat())) + undated


def family_rows(store) -> list[dict]:
    """Every family as `corpus families` prints it, original first."""
    families: dict[str, list[dict]] = {}
    for ref, family, relation in store.rows("SELECT ref, family, relation FROM families "
                                            "ORDER BY family, relation <> 'original', ref"):
        families.setdefault(family, []).append({"ref": ref, "relation": relation})
    return [{"family": family, "members": members} for family, members in families.items()]


@dataclass
class _Record:
    ref: str
    text: str
    outlet: str = ""
    published: date | None = None


def _exact_copies(records: list[_Record]) -> list[dict]:
    by_text: dict[str, list[_Record]] = {}
    for r in records:
        by_text.setdefault(r.text, []).append(r)
    out = []
    for group in by_text.values():
        if len(group) > 1:
            group.sort(key=lambda r: (r.published or date.max, r.ref))
            out.append({"family": group[0].ref, "members": [{"ref": group[0].ref, "relation": "original"}]
                        + [{"ref": r.ref, "relation": "reprint"} for r in group[1:]]})
    return out
