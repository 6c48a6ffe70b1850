"""What the pages and the API show, read from the store: each function returns plain dicts.

The routes stay thin: they check the user, call one of these and render or return it.
Claims across outlets (clusters, origins, review, source profiles) are the story layer's
(`sourcetrace.corpus.story`); the per-article lists here are plain SQL over the flat rows.
"""
from __future__ import annotations

from sourcetrace.contract import Analysis
from sourcetrace.corpus import flat
from sourcetrace.corpus.store import Store

from sourcetrace.corpus import story
from sourcetrace.corpus.story.clusters import clusters_of

LIST = 10
SEARCH_LIMIT = 50  # hits on the search page, and the API's default
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
        # The newest articles first, then their claims: sorting every claim row by date is what costs.
        "newest_claims": _dicts(store.rows(
            "WITH a AS (SELECT ref, title, outlet, published, analysis_id FROM articles WHERE state = 'analysed' "
            "ORDER BY published DESC NULLS LAST, id DESC LIMIT ?) "
            "SELECT c.id, c.text, a.ref, a.title, a.outlet, a.published, c.sources, c.denied, c.anonymous_only "
            "FROM a JOIN claims c ON c.analysis_id = a.analysis_id "
            "ORDER BY a.published DESC NULLS LAST, c.check_worthiness DESC, c.id LIMIT ?", (LIST, LIST)), _CLAIM_KEYS),
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
    """Claim clusters with the most independent origins (only made or confirmed links count), each shown by
    its first report: that article's outlet and date."""
    return [{"id": c["id"], "text": c["statement"], "origins": c["independent_origins"], "ref": c["first_report"],
             "outlet": c["outlet"], "title": c["title"], "published": c["first_published"],
             "articles": c["articles"], "outlets": c["outlets"]} for c in story.leading_clusters(store, limit)]


def search(store: Store, q: str = "", outlet: str = "", date_from: str = "", date_to: str = "",
           source: str = "", stance: str = "", limit: int = SEARCH_LIMIT) -> list[dict]:
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
        # The index is the ingest worker's to rebuild (StorePool builds it once at start): a search
        # during an ingest reads the last one built, rather than many requests rebuilding it at once.
        inner, inner_params = store.db.search_query(q.strip(), SEARCH_POOL)
        sql = f"SELECT h.* FROM ({inner}) h{filters} LIMIT ?"
        values = (*inner_params, *params, limit)
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
    """The story of a claim: its cluster across outlets (origins, timeline, numbers), or, for a claim no
    other article repeats, the claim in the articles that share its analysis (reprints)."""
    row = store.execute(_CLAIM + "WHERE c.id = ? ORDER BY a.published NULLS LAST, a.ref LIMIT 1",
                        (claim_id,)).fetchone()
    if row is None:
        return None
    cluster_id = clusters_of(store, [claim_id]).get(claim_id)
    if cluster_id is not None:
        try:
            cluster = story.get_cluster(store, cluster_id)
        except story.StoryError:
            cluster = None
        if cluster is not None:
            return {"cluster": cluster, "claim": dict(zip(_CLAIM_KEYS, row)), "suggested": _waiting(store, claim_id)}
    mentions = _dicts(store.rows(_CLAIM + "WHERE c.id = ? ORDER BY a.published NULLS LAST, a.ref", (claim_id,)),
                      _CLAIM_KEYS)
    return {"cluster": None, "claim": mentions[0], "mentions": mentions, "suggested": _waiting(store, claim_id),
            "origins": len({m["outlet"] or m["ref"] for m in mentions})}


def _waiting(store: Store, claim_id: int) -> int:
    return store.scalar("SELECT count(*) FROM claim_links WHERE status = 'suggested' AND (claim_a = ? OR claim_b = ?)",
                        (claim_id, claim_id))


def review_queue(store: Store, limit: int = 50) -> list[dict]:
    """Suggested links, best first, each with both claims' text and articles."""
    return story.suggested_links(store, limit=limit)


def decide(store: Store, link_id: int, decision: str, user_name: str) -> dict | None:
    """Confirm or reject a suggested link (kept with who and when); None when no such link is waiting."""
    status = store.scalar("SELECT status FROM claim_links WHERE id = ?", (link_id,))
    if status != "suggested":
        return None
    review = story.confirm_link if decision == "confirm" else story.reject_link
    return review(store, link_id, user_name)


def decisions(store: Store, limit: int = 20) -> list[dict]:
    """The latest reviews: who confirmed or rejected which link, and when."""
    return _dicts(store.rows("SELECT id, claim_a, claim_b, status, reviewed_by, reviewed_at FROM claim_links "
                             "WHERE reviewed_by IS NOT NULL ORDER BY reviewed_at DESC, id DESC LIMIT ?", (limit,)),
                  ("id", "a", "b", "status", "reviewed_by", "reviewed_at"))


def source_profile(store: Store, name: str, every: list[dict] | None = None) -> dict | None:
    """A source across the corpus: the story layer's profiles under that name (several when people share
    a surname), with the attributions the flat rows hold for the name. `every`: `story.profiles(store)`, when
    the caller keeps it."""
    rows = _dicts(store.rows(
        "SELECT a.ref, a.title, a.outlet, a.published, t.stance, t.content FROM attributions t "
        "JOIN articles a ON a.analysis_id = t.analysis_id WHERE t.source_name = ? "
        "ORDER BY a.published NULLS LAST, a.ref, t.content_start LIMIT 500", (name,)),
        ("ref", "title", "outlet", "published", "stance", "content"))
    found = story.find_profiles(store, name, every)
    if not rows and not found:
        return None
    return {"name": name, "profiles": found, "attributions": rows}


def sources(store: Store, limit: int = 100) -> list[dict]:
    return _dicts(store.rows("SELECT t.source_name, count(*), count(DISTINCT a.id) FROM attributions t "
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
