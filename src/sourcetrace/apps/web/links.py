"""Same-claim links between articles: the seam where the story branch's matcher plugs in.

Until `sourcetrace.corpus.story` is merged, links come from a plain word-overlap score
(`links.json`): a new claim is compared with the claims of the last `recent` stored claims
through an inverted index (never all pairs). A link at or above `made` counts at once; one
between `suggest` and `made` is `suggested` and counts only once a reviewer confirms it.
Who decided and when is kept on the link row.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from importlib.resources import files

from sourcetrace.corpus.store import Store

COUNTING = ("made", "confirmed")
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def rules() -> dict:
    return json.loads((files("sourcetrace.apps.web") / "links.json").read_text(encoding="utf-8"))


def words(text: str) -> frozenset[str]:
    stop = set(rules()["stopwords"])
    return frozenset(w for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in stop)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def link_new_claims(store: Store, analysis_ids: list[int], recent: int) -> int:
    """Compare the claims of `analysis_ids` with the `recent` latest claims of other analyses; returns links added."""
    if not analysis_ids:
        return 0
    marks = ", ".join("?" * len(analysis_ids))
    new = store.rows(f"SELECT id, analysis_id, text FROM claims WHERE analysis_id IN ({marks})", analysis_ids)
    old = store.rows("SELECT id, analysis_id, text FROM claims ORDER BY id DESC LIMIT ?", (recent,))
    conf = rules()
    index: dict[str, list[tuple[int, int, frozenset[str]]]] = defaultdict(list)
    for claim_id, analysis_id, text in {row[0]: row for row in (*old, *new)}.values():
        bag = words(text)
        if len(bag) >= conf["min_words"]:
            for word in bag:
                index[word].append((claim_id, analysis_id, bag))
    found: dict[tuple[int, int], float] = {}
    for claim_id, analysis_id, text in new:
        bag = words(text)
        if len(bag) < conf["min_words"]:
            continue
        seen: set[int] = set()
        for word in bag:
            for other_id, other_analysis, other_bag in index[word]:
                if other_analysis == analysis_id or other_id in seen:
                    continue
                seen.add(other_id)
                score = jaccard(bag, other_bag)
                if score >= conf["suggest"]:
                    found[(min(claim_id, other_id), max(claim_id, other_id))] = score
    added = 0
    with store.transaction():
        for (a, b), score in found.items():
            if store.scalar("SELECT count(*) FROM web_claim_links WHERE claim_a = ? AND claim_b = ?", (a, b)):
                continue
            status = "made" if score >= conf["made"] else "suggested"
            store.execute("INSERT INTO web_claim_links (claim_a, claim_b, score, status) VALUES (?, ?, ?, ?)",
                          (a, b, score, status))
            added += 1
    return added


def cluster(store: Store, claim_id: int, limit: int = 500) -> list[int]:
    """The claim and every claim reached from it through links that count (breadth first, bounded)."""
    members, frontier = {claim_id}, [claim_id]
    while frontier and len(members) < limit:
        marks = ", ".join("?" * len(frontier))
        rows = store.rows(f"SELECT claim_a, claim_b FROM web_claim_links WHERE status IN ('made', 'confirmed') "
                          f"AND (claim_a IN ({marks}) OR claim_b IN ({marks}))", (*frontier, *frontier))
        frontier = [c for row in rows for c in row if c not in members]
        members.update(frontier)
    return sorted(members)[:limit]


def decide(store: Store, link_id: int, decision: str, user_name: str) -> bool:
    """Confirm or reject a suggested link; False when there is no such link waiting."""
    status = {"confirm": "confirmed", "reject": "rejected"}[decision]
    with store.transaction():
        waiting = store.scalar("SELECT count(*) FROM web_claim_links WHERE id = ? AND status = 'suggested'",
                               (link_id,))
        if not waiting:
            return False
        store.execute("UPDATE web_claim_links SET status = ?, decided_by = ?, decided_at = current_timestamp "
                      "WHERE id = ?", (status, user_name, link_id))
    return True
