"""Reading the story tables: the cluster list, one cluster, families and source profiles."""
from __future__ import annotations

import json

from .errors import StoryError

CLAIM_KEYS = ("id", "statement", "mentions", "first_report", "independent_origins", "origins")
MENTION_KEYS = ("ref", "start", "end", "text", "stance", "by")


def list_clusters(store, min_origins: int = 0, denied: bool = False, limit: int | None = None,
                  offset: int = 0) -> list[dict]:
    """Clusters mentioned in two or more articles, most independent origins first, as `corpus claims` prints them."""
    query = "SELECT summary FROM story_clusters WHERE independent_origins >= ?"
    if denied:
        query += " AND denied"
    query += " ORDER BY independent_origins DESC, articles DESC, cluster"
    params: list = [min_origins]
    if limit is not None:
        query += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [contract(json.loads(text)) for (text,) in store.rows(query, params)]


def leading_clusters(store, limit: int) -> list[dict]:
    """The `limit` clusters with most independent origins (the order of `list_clusters`), each with its first
    report's outlet, title and date, read from the summaries' columns (no summary JSON is parsed)."""
    rows = store.rows(
        "SELECT s.cluster, s.statement, s.independent_origins, s.articles, s.outlets, s.first_report, "
        "s.first_published, a.outlet, a.title FROM story_clusters s LEFT JOIN articles a ON a.ref = s.first_report "
        "ORDER BY s.independent_origins DESC, s.articles DESC, s.cluster LIMIT ?", (limit,))
    keys = ("id", "statement", "independent_origins", "articles", "outlets", "first_report", "first_published",
            "outlet", "title")
    return [dict(zip(keys, row)) for row in rows]


def get_cluster(store, cluster_id: int) -> dict:
    """One cluster in full: the contract's fields plus not_origins, numbers, outlets and dates."""
    text = store.scalar("SELECT summary FROM story_clusters WHERE cluster = ?", (cluster_id,))
    if text is None:
        raise StoryError(f"no claim cluster {cluster_id} (see `sourcetrace corpus claims`)")
    return json.loads(text)


def contract(summary: dict) -> dict:
    """The JSONL shape of a cluster line."""
    out = {k: summary[k] for k in CLAIM_KEYS}
    out["mentions"] = [{k: m[k] for k in MENTION_KEYS} for m in summary["mentions"]]
    out["origins"] = [{"refs": o["refs"], "why": o["why"]} for o in summary["origins"]]
    return out
