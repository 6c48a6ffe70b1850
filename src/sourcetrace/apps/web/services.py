"""What the pages and the API show, read from the store: each function returns plain dicts.

The routes stay thin: they check the user, call one of these and render or return it.
Claim pages go through `links` (the seam for the story branch's clusters and origins).
"""
from __future__ import annotations

from sourcetrace.contract import Analysis
from sourcetrace.corpus import flat
from sourcetrace.corpus.store import Store

from . import links

LIST = 10
SEARCH_POOL = 1000  # full-text hits taken before the outlet/date/source/stance filters
STANCES = ("assert", "warn", "admit", "believe", "deny", "no_response", "question")

_CLAIM = ("SELECT c.id, c.text, a.ref, a.title, a.outlet, a.published, c.sources, c.denied, c.anonymous_only "
          "FROM claims c JOIN articles a ON a.analysis_id = c.analysis_id ")
_CLAIM_KEYS = ("id", "text", "ref", "title", "outlet", "published", "sources", "denied", "anonymous_only")


def _dicts(rows, keys) -> list[dict]:
    return [dict(zip(keys, row)) for row in rows]


def overview(store: Store) -> dict:
    counts = store.execute("SELECT count(*), count(DISTINCT outlet), min(published), max(published) "
                           "FROM articles").fetchone()
    return {
        "articles": counts[0], "outlets": counts[1], "published_from": counts[2], "published_to": counts[3],
        "claims": store.scalar("SELECT count(*) FROM claims"),
        "top_outlets": _dicts(store.rows(
            "SELECT coalesce(outlet, 'unknown'), count(*), min(published), max(published) FROM articles "
            "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", (LIST,)), ("outlet", "articles", "first", "last")),
        "newest_claims": _dicts(store.rows(
            _CLAIM + "ORDER BY a.published DESC NULLS LAST, c.id DESC LIMIT ?", (LIST,)), _CLAIM_KEYS),
        "most_origins": most_origins(store),
        "denied_claims": _dicts(store.rows(
            _CLAIM + "WHERE c.denied ORDER BY a.published DESC NULLS LAST, c.id DESC LIMIT ?", (LIST,)), _CLAIM_KEYS),
        "unanswered": _dicts(store.rows(
            "SELECT a.ref, a.title, a.outlet, a.published, t.source_name, t.content FROM attributions t "
            "JOIN articles a ON a.analysis_id = t.analysis_id WHERE t.stance = 'no_response' "
            "ORDER BY a.published DESC NULLS LAST, a.ref LIMIT ?", (LIST,)),
            ("ref", "title", "outlet", "published", "source", "content")),
        "anonymous_only": _dicts(store.rows(
            _CLAIM + "WHERE c.anonymous_only ORDER BY a.published DESC NULLS LAST, c.id DESC LIMIT ?", (LIST,)),
            _CLAIM_KEYS),
    }


def most_origins(store: Store, limit: int = LIST) -> list[dict]:
    """Claims linked (made or confirmed links) to the most outlets, most first."""
    rows = store.rows(
        "WITH l AS (SELECT claim_a AS c, claim_b AS o FROM web_claim_links WHERE status IN ('made', 'confirmed') "
        "UNION ALL SELECT claim_b, claim_a FROM web_claim_links WHERE status IN ('made', 'confirmed')) "
        "SELECT l.c, count(DISTINCT coalesce(a.outlet, a.ref)) FROM l JOIN claims o ON o.id = l.o "
        "JOIN articles a ON a.analysis_id = o.analysis_id GROUP BY l.c ORDER BY 2 DESC, 1 LIMIT ?", (limit * 3,))
    out, seen = [], set()
    for claim_id, _ in rows:
        if claim_id in seen:
            continue
        members = links.cluster(store, claim_id)
        seen.update(members)
        page = claim(store, claim_id)
        if page:
            out.append({**page["claim"], "origins": page["origins"]})
        if len(out) == limit:
            break
    return sorted(out, key=lambda c: -c["origins"])


def search(store: Store, q: str = "", outlet: str = "", date_from: str = "", date_to: str = "",
           source: str = "", stance: str = "", limit: int = 50) -> list[dict]:
    """Articles and claims matching the words (the store's full-text index) and the filters."""
    where, params = [], []
    if outlet:
        where.append("h.outlet = ?"), params.append(outlet)
    if date_from:
        where.append("h.published >= ?"), params.append(date_from)
    if date_to:
        where.append("h.published <= ?"), params.append(date_to + "\uffff")
    if source or stance in STANCES:
        cond = ["t.analysis_id = x.analysis_id"]
        if source:
            cond.append("lower(t.source_name) LIKE ?"), params.append(f"%{source.lower()}%")
        if stance in STANCES:
            cond.append("t.stance = ?"), params.append(stance)
        where.append(f"EXISTS (SELECT 1 FROM articles x JOIN attributions t ON {' AND '.join(cond)} "
                     "WHERE x.ref = h.ref)")
    filters = (" WHERE " + " AND ".join(where)) if where else ""
    if q.strip():
        if not store.db.has_search_index():
            store.db.build_search_index()
        inner, inner_params = store.db.search_query(q.strip())
        sql = f"SELECT h.* FROM ({inner}) h{filters} LIMIT ?"
        values = (*inner_params, SEARCH_POOL, *params, limit)
    else:
        sql = (f"SELECT h.* FROM (SELECT 'article' AS kind, ref, title, outlet, published, left(text, 240) AS text, "
               f"0.0 AS score FROM articles) h{filters} ORDER BY h.published DESC NULLS LAST, h.ref LIMIT ?")
        values = (*params, limit)
    cursor = store.execute(sql, values)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def outlets(store: Store) -> list[str]:
    return [o for (o,) in store.rows("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1 "
                                     "LIMIT 500")]


def article(store: Store, ref: str) -> Analysis | None:
    return store.analysis_for(ref)


def article_state(store: Store, ref: str) -> dict | None:
    row = store.execute("SELECT ref, title, outlet, published, state, note FROM articles WHERE ref = ?",
                        (ref,)).fetchone()
    return dict(zip(("ref", "title", "outlet", "published", "state", "note"), row)) if row else None


def attribution_rows(analysis: Analysis) -> list[dict]:
    return flat.attribution_rows(analysis, with_article=True)


def claim(store: Store, claim_id: int) -> dict | None:
    """One claim with every article that says it (reprints and linked claims), its outlets and origins."""
    if not store.scalar("SELECT count(*) FROM claims WHERE id = ?", (claim_id,)):
        return None
    members = links.cluster(store, claim_id)
    marks = ", ".join("?" * len(members))
    mentions = _dicts(store.rows(
        f"SELECT c.id, c.text, a.ref, a.title, a.outlet, a.published, c.sources, c.denied, c.anonymous_only "
        f"FROM claims c JOIN articles a ON a.analysis_id = c.analysis_id WHERE c.id IN ({marks}) "
        f"ORDER BY a.published NULLS LAST, a.ref", members), _CLAIM_KEYS)
    lead = next((m for m in mentions if m["id"] == claim_id), mentions[0] if mentions else None)
    if lead is None:  # a claim of an analysis no article uses any more
        return None
    waiting = _dicts(store.rows(
        f"SELECT id, claim_a, claim_b, score FROM web_claim_links WHERE status = 'suggested' "
        f"AND (claim_a IN ({marks}) OR claim_b IN ({marks}))", (*members, *members)), ("id", "a", "b", "score"))
    origins = {m["outlet"] or m["ref"] for m in mentions}
    return {"claim": lead, "mentions": mentions, "origins": len(origins), "outlets": sorted(origins),
            "first_report": mentions[0]["ref"], "suggested": len(waiting)}


def review_queue(store: Store, limit: int = 50) -> list[dict]:
    rows = store.rows("SELECT id, claim_a, claim_b, score FROM web_claim_links WHERE status = 'suggested' "
                      "ORDER BY score DESC, id LIMIT ?", (limit,))
    queue = []
    for link_id, a, b, score in rows:
        sides = [_one_claim(store, a), _one_claim(store, b)]
        if all(sides):
            queue.append({"id": link_id, "score": round(score, 3), "a": sides[0], "b": sides[1]})
    return queue


def _one_claim(store: Store, claim_id: int) -> dict | None:
    row = store.execute(_CLAIM + "WHERE c.id = ? ORDER BY a.published NULLS LAST LIMIT 1", (claim_id,)).fetchone()
    return dict(zip(_CLAIM_KEYS, row)) if row else None


def decisions(store: Store, limit: int = 20) -> list[dict]:
    return _dicts(store.rows("SELECT id, claim_a, claim_b, status, decided_by, decided_at FROM web_claim_links "
                             "WHERE decided_by IS NOT NULL ORDER BY decided_at DESC, id DESC LIMIT ?", (limit,)),
                  ("id", "a", "b", "status", "decided_by", "decided_at"))


def source_profile(store: Store, name: str) -> dict | None:
    """A source across the corpus by its resolved name: articles, outlets, stances and claims."""
    rows = _dicts(store.rows(
        "SELECT a.ref, a.title, a.outlet, a.published, t.stance, t.content, t.source_kind, t.source_named "
        "FROM attributions t JOIN articles a ON a.analysis_id = t.analysis_id WHERE t.source_name = ? "
        "ORDER BY a.published NULLS LAST, a.ref, t.content_start LIMIT 500", (name,)),
        ("ref", "title", "outlet", "published", "stance", "content", "kind", "named"))
    if not rows:
        return None
    stances: dict[str, int] = {}
    for row in rows:
        stances[row["stance"]] = stances.get(row["stance"], 0) + 1
    dated = [r["published"] for r in rows if r["published"]]
    return {"name": name, "kind": rows[0]["kind"], "named": rows[0]["named"], "attributions": rows,
            "articles": len({r["ref"] for r in rows}), "outlets": sorted({r["outlet"] for r in rows if r["outlet"]}),
            "stances": stances, "first_seen": min(dated, default=None), "last_seen": max(dated, default=None)}


def sources(store: Store, limit: int = 100) -> list[dict]:
    return _dicts(store.rows("SELECT t.source_name, count(*), count(DISTINCT a.ref) FROM attributions t "
                             "JOIN articles a ON a.analysis_id = t.analysis_id WHERE t.source_name IS NOT NULL "
                             "GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT ?", (limit,)), ("name", "attributions", "articles"))


def jobs(store: Store, limit: int = 20) -> list[dict]:
    return [job_row(row) for row in store.rows(f"SELECT {JOB_COLUMNS} FROM ingest_jobs ORDER BY id DESC LIMIT ?",
                                                (limit,))]


def job(store: Store, job_id: int) -> dict | None:
    row = store.execute(f"SELECT {JOB_COLUMNS} FROM ingest_jobs WHERE id = ?", (job_id,)).fetchone()
    return job_row(row) if row else None


JOB_COLUMNS = "id, user_name, label, state, total, done, stored, skipped, errors, messages, created_at, finished_at"


def job_row(row) -> dict:
    import json
    out = dict(zip([c.strip() for c in JOB_COLUMNS.split(",")], row))
    out["messages"] = json.loads(out["messages"])
    return out
