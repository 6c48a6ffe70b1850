"""Claim clusters: the connected groups of claims under counted (made or confirmed) same-claim links, kept in
`claim_clusters` and summarised in `story_clusters`. Every change touches only the clusters it involves."""
from __future__ import annotations

import hashlib
import json

from .config import config
from .origins import summarise
from .sql import execute_in, rows_in


class _Union:
    def __init__(self):
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        root = x
        while self.parent.setdefault(root, root) != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the smallest claim id names the cluster


def _counted() -> str:
    return ", ".join(f"'{s}'" for s in config()["counted"])


def members_of(store, clusters) -> dict[int, int]:
    """claim id -> cluster for every member of `clusters`."""
    return dict(rows_in(store, "SELECT claim_id, cluster FROM claim_clusters WHERE cluster IN ({in})", clusters))


def clusters_of(store, claims) -> dict[int, int]:
    return dict(rows_in(store, "SELECT claim_id, cluster FROM claim_clusters WHERE claim_id IN ({in})", claims))


def join(store, pairs: list[tuple[int, int]], seeds=()) -> tuple[set[int], set[int]]:
    """Add counted links `pairs` (and claims `seeds` as clusters of their own if in none): returns the clusters
    now holding them and the cluster ids merged away."""
    ends = {c for pair in pairs for c in pair} | set(seeds)
    if not ends:
        return set(), set()
    before = clusters_of(store, ends)
    members = members_of(store, set(before.values()))
    union = _Union()
    for claim, cluster in members.items():
        union.union(claim, cluster)
    for claim in ends:
        union.find(claim)
    for a, b in pairs:
        union.union(a, b)
    _write(store, {c: union.find(c) for c in union.parent})
    after = {union.find(c) for c in union.parent}
    return after, set(members.values()) - after


def split(store, clusters: set[int]) -> tuple[set[int], set[int]]:
    """Recompute `clusters` from their counted links (after a link is rejected): returns (clusters now, gone)."""
    members = members_of(store, clusters)
    if not members:
        return set(), set(clusters)
    links = rows_in(store, "SELECT claim_a, claim_b FROM claim_links WHERE relation = 'same' AND status IN "
                    f"({_counted()}) AND claim_a IN ({{in}})", members)
    union = _Union()
    for claim in members:
        union.find(claim)
    for a, b in links:
        if a in members and b in members:
            union.union(a, b)
    shared = _claims_in_shared_analyses(store, members)
    keep = {c: union.find(c) for c in members}
    sizes: dict[int, int] = {}
    for root in keep.values():
        sizes[root] = sizes.get(root, 0) + 1
    keep = {c: r for c, r in keep.items() if sizes[r] > 1 or c in shared}
    execute_in(store, "DELETE FROM claim_clusters WHERE claim_id IN ({in})", members)
    _insert(store, keep)
    now = set(keep.values())
    return now, set(clusters) - now


def _claims_in_shared_analyses(store, claims) -> set[int]:
    """Claims of an analysis that two or more articles share: each is a cluster even with no link."""
    return {c for (c,) in rows_in(store, "SELECT c.id FROM claims c WHERE c.id IN ({in}) AND c.analysis_id IN ("
                                  "SELECT analysis_id FROM articles GROUP BY analysis_id HAVING count(*) > 1)",
                                  claims)}


def _write(store, assignment: dict[int, int]) -> None:
    execute_in(store, "DELETE FROM claim_clusters WHERE claim_id IN ({in})", assignment)
    _insert(store, assignment)


def _insert(store, assignment: dict[int, int]) -> None:
    if assignment:
        store.db.con.executemany(store.db.sql("INSERT INTO claim_clusters (claim_id, cluster) VALUES (?, ?)"),
                                 sorted(assignment.items()))


# -- summaries ---------------------------------------------------------------------------------------------------
def refresh(store, clusters: set[int], gone: set[int] = frozenset()) -> int:
    """Rewrite the summaries of `clusters` (dropping those of `gone`); returns how many are listed now."""
    execute_in(store, "DELETE FROM story_clusters WHERE cluster IN ({in})", set(clusters) | set(gone))
    members = members_of(store, clusters)
    if not members:
        return 0
    records = cluster_records(store, members)
    listed = 0
    for cluster in sorted(set(members.values())):
        summary = summarise(cluster, records.get(cluster, []))
        if summary is None:
            continue
        listed += 1
        signature = hashlib.sha256(json.dumps(sorted(c for c, k in members.items() if k == cluster))
                                   .encode()).hexdigest()[:16]
        store.execute("INSERT INTO story_clusters (cluster, statement, articles, outlets, independent_origins, denied, "
                      "first_report, first_published, last_published, signature, summary) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (cluster, summary["statement"], summary["articles"], len(summary["outlets"]),
                       summary["independent_origins"], summary["denied"], summary["first_report"],
                       summary["first_published"], summary["last_published"], signature,
                       json.dumps(summary, ensure_ascii=False)))
    return listed


def cluster_records(store, members: dict[int, int]) -> dict[int, list[dict]]:
    """cluster -> one record per (article, member claim), plus the claims that rebut a member."""
    rebuttals = [row for end in ("claim_a", "claim_b") for row in rows_in(
        store, f"SELECT claim_a, claim_b FROM claim_links WHERE relation = 'contradicts' AND status IN ({_counted()}) "
               f"AND {end} IN ({{in}})", members)]
    wanted = [(claim, cluster, False) for claim, cluster in members.items()]
    for a, b in set(rebuttals):
        if a in members and b not in members:
            wanted.append((b, members[a], True))
        elif b in members and a not in members:
            wanted.append((a, members[b], True))
    wanted = sorted(set(wanted))
    claims = {cid: (aid, key) for cid, aid, key in rows_in(
        store, "SELECT id, analysis_id, claim_id FROM claims WHERE id IN ({in})", [w[0] for w in wanted])}
    analyses = {aid for aid, _ in claims.values()}
    articles: dict[int, list[tuple]] = {}
    for ref, outlet, published, aid in rows_in(
            store, "SELECT ref, outlet, published, analysis_id FROM articles WHERE state = 'analysed' "
                   "AND analysis_id IN ({in})", analyses):
        articles.setdefault(aid, []).append((ref, outlet, published))
    facts = {aid: json.loads(text) for aid, text in rows_in(
        store, "SELECT analysis_id, facts FROM story_facts WHERE analysis_id IN ({in})", analyses)}
    refs = {a[0] for group in articles.values() for a in group}
    families = {ref: (family, relation) for ref, family, relation in rows_in(
        store, "SELECT ref, family, relation FROM families WHERE ref IN ({in})", refs)}
    out: dict[int, list[dict]] = {}
    for claim, cluster, rebuts in wanted:
        if claim not in claims:
            continue
        aid, key = claims[claim]
        fact = facts.get(aid, {}).get("claims", {}).get(key)
        if fact is None:
            continue
        for ref, outlet, published in articles.get(aid, []):
            out.setdefault(cluster, []).append({
                "ref": ref, "outlet": outlet, "published": published, "claim": claim, "rebuts": rebuts,
                "mentions": fact["mentions"], "quantities": fact["quantities"], "family": families.get(ref)})
    return out
