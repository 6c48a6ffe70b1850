"""Reading the store: status figures, flat exports and full-text search."""
from __future__ import annotations

from pathlib import Path

from . import flat
from .store import Store

TABLES = ("attributions", "sources", "claims", "articles")
FORMATS = ("csv", "parquet", "jsonl")
TOP_OUTLETS = 20

# Each export is one row per item of the article's current analysis, the article's fields first.
_ARTICLE = "a.ref, a.url, a.outlet, a.published"
_EXPORTS = {
    "attributions": f"SELECT {_ARTICLE}, {', '.join('t.' + c for c in flat.ATTRIBUTION_COLUMNS)} "
                    "FROM articles a JOIN attributions t ON t.analysis_id = a.analysis_id "
                    "ORDER BY a.ref, t.content_start, t.attribution_id",
    "sources": f"SELECT {_ARTICLE}, {', '.join('t.' + c for c in flat.SOURCE_COLUMNS)} "
               "FROM articles a JOIN sources t ON t.analysis_id = a.analysis_id ORDER BY a.ref, t.source_id",
    "claims": f"SELECT {_ARTICLE}, {', '.join('t.' + c for c in flat.CLAIM_COLUMNS)} "
              "FROM articles a JOIN claims t ON t.analysis_id = a.analysis_id ORDER BY a.ref, t.start_char",
    "articles": f"SELECT {_ARTICLE}, a.title, a.author, a.language, a.state, a.note, a.text_hash, "
                "n.engine_version, n.profile, a.ingested_at, a.text "
                "FROM articles a LEFT JOIN analyses n ON n.id = a.analysis_id ORDER BY a.ref",
}


def status(store: Store) -> dict:
    def counts(query: str) -> dict:
        return {str(key): value for key, value in store.rows(query)}

    first, last = store.execute("SELECT min(published), max(published) FROM articles").fetchone()
    return {
        "database": store.db_label,
        "schema_version": store.schema_version(),
        "articles": store.scalar("SELECT count(*) FROM articles"),
        "analysed": store.scalar("SELECT count(*) FROM articles WHERE state = 'analysed'"),
        "not_english": store.scalar("SELECT count(*) FROM articles WHERE state = 'not_english'"),
        "analyses": store.scalar("SELECT count(*) FROM analyses"),
        "errors": store.scalar("SELECT count(*) FROM ingest_log WHERE is_current"),
        "errors_by_reason": counts("SELECT reason, count(*) FROM ingest_log WHERE is_current "
                                   "GROUP BY reason ORDER BY count(*) DESC, reason"),
        "languages": counts("SELECT coalesce(language, 'unknown'), count(*) FROM articles "
                            "GROUP BY 1 ORDER BY 2 DESC, 1"),
        "engine_versions": counts("SELECT n.engine_version || ' ' || n.profile, count(*) FROM articles a "
                                  "JOIN analyses n ON n.id = a.analysis_id GROUP BY 1 ORDER BY 2 DESC, 1"),
        "outlets": counts(f"SELECT coalesce(outlet, 'unknown'), count(*) FROM articles "
                          f"GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {TOP_OUTLETS}"),
        "outlet_count": store.scalar("SELECT count(DISTINCT outlet) FROM articles"),
        "published_from": first,
        "published_to": last,
        "attributions": store.scalar("SELECT count(*) FROM articles a JOIN attributions t "
                                     "ON t.analysis_id = a.analysis_id"),
        "claims": store.scalar("SELECT count(*) FROM articles a JOIN claims t ON t.analysis_id = a.analysis_id"),
    }


def export(store: Store, table: str, fmt: str, out: Path) -> int:
    """Write `table` to `out` in `fmt`; returns the rows written."""
    if table not in _EXPORTS:
        raise ValueError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    return store.db.export(_EXPORTS[table], fmt, out)


def build_search_index(store: Store) -> None:
    store.db.build_search_index()


def search(store: Store, query: str, limit: int = 20) -> list[dict]:
    """Articles and claims matching `query`, best first (article and claim scores are ranked apart)."""
    if not store.db.has_search_index():
        store.db.build_search_index()
    sql, params = store.db.search_query(query, limit)
    cursor = store.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
