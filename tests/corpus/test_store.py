"""The store suite, run on DuckDB and on PostgreSQL alike."""
from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from sourcetrace.contract import Article, Meta
from sourcetrace.corpus import flat
from sourcetrace.corpus.migrate import latest_version, migrations
from sourcetrace.corpus.query import FORMATS, TABLES, export, search, status
from sourcetrace.corpus.store import Store, text_hash

VERSION, PROFILE = "0.2.0", "fast"


def put(store: Store, article: Article, analysis) -> int:
    with store.transaction():
        return store.put_analysis(article, analysis, VERSION, PROFILE)


def test_migrations_are_applied_once_and_recorded(store, db_target):
    assert store.schema_version() == latest_version(store.dialect) >= 2
    versions = [v for (v,) in store.rows("SELECT version FROM schema_version ORDER BY version")]
    assert versions == [m.version for m in migrations(store.dialect)]
    with Store(db_target) as again:  # reopening applies nothing twice
        assert again.rows("SELECT version FROM schema_version ORDER BY version") == [(v,) for v in versions]


def test_both_databases_get_the_same_versions():
    assert [m.version for m in migrations("duckdb")] == [m.version for m in migrations("postgres")]


def test_article_and_analysis_round_trip(store, analysed):
    article, analysis = analysed[0]
    put(store, article, analysis)
    back = store.analysis_for(article.ref)
    assert back.ref == article.ref and back.meta == article.meta
    assert back.attributions == analysis.attributions and back.claims == analysis.claims
    row = store.execute("SELECT text_hash, outlet, published, url, state FROM articles WHERE ref = ?",
                        (article.ref,)).fetchone()
    assert row == (text_hash(article.text), "Kellaway Courier", "2024-03-11", "https://k.example/1", "analysed")
    assert store.scalar("SELECT count(*) FROM attributions") == len(analysis.attributions) > 0
    assert store.scalar("SELECT count(*) FROM sources") == len(analysis.sources) > 0
    assert store.scalar("SELECT count(*) FROM claims") == len(analysis.claims) > 0


def test_a_reprint_is_a_second_article_sharing_the_analysis(store, analysed):
    article, analysis = analysed[0]
    first = put(store, article, analysis)
    reprint = article.model_copy(update={"ref": "elsewhere/harbour", "meta": Meta(outlet="Other Paper")})
    assert put(store, reprint, analysis) == first
    assert store.scalar("SELECT count(*) FROM articles") == 2
    assert store.scalar("SELECT count(*) FROM analyses") == 1
    assert store.analysis_for("elsewhere/harbour").meta.outlet == "Other Paper"
    assert store.analysis_ids(VERSION, PROFILE) == {text_hash(article.text): first}
    # Each article's rows come out in an export, with its own outlet.
    outlets = {o for (o,) in store.rows("SELECT a.outlet FROM articles a JOIN attributions t "
                                        "ON t.analysis_id = a.analysis_id")}
    assert outlets == {"Kellaway Courier", "Other Paper"}


def test_errors_are_logged_and_decide_what_is_done(store, analysed):
    article, analysis = analysed[0]
    with store.transaction():
        store.put_error("bad/1", "bad_input", "bad/1: looks like binary data", VERSION, PROFILE)
        store.put_error(article.ref, "over_budget", "stopped", VERSION, PROFILE, article=article)
        store.put_not_english(Article(ref="de/1", text="Guten Tag", meta=Meta(language="de")), "not analysed")
    assert store.done_refs(VERSION, PROFILE) == {"bad/1", article.ref, "de/1"}
    assert store.done_refs(VERSION, PROFILE, retry_errors=True) == {"de/1"}
    assert store.done_refs("9.9.9", PROFILE) == {"de/1"}  # a new engine version tries errors again
    assert store.scalar("SELECT state FROM articles WHERE ref = ?", (article.ref,)) == "failed"
    put(store, article, analysis)  # a retry that works closes the error
    assert store.rows("SELECT ref, reason FROM ingest_log WHERE is_current") == [("bad/1", "bad_input")]
    assert store.scalar("SELECT count(*) FROM ingest_log") == 2  # the history stays
    assert store.done_refs(VERSION, PROFILE) == {"bad/1", article.ref, "de/1"}


def test_a_failed_transaction_leaves_nothing(store, analysed):
    article, analysis = analysed[0]
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.put_analysis(article, analysis, VERSION, PROFILE)
            raise RuntimeError("killed half-way")
    for table in ("articles", "analyses", "attributions", "sources", "claims"):
        assert store.scalar(f"SELECT count(*) FROM {table}") == 0, table


def test_status_counts(store, analysed):
    for article, analysis in analysed:
        put(store, article, analysis)
    with store.transaction():
        store.put_error("bad/1", "bad_input", "unreadable", VERSION, PROFILE)
        store.put_not_english(Article(ref="fr/1", text="Bonjour", meta=Meta(language="fr")), "not analysed")
    figures = status(store)
    assert figures["articles"] == 3 and figures["analysed"] == 2 and figures["not_english"] == 1
    assert figures["errors"] == 1 and figures["errors_by_reason"] == {"bad_input": 1}
    assert figures["engine_versions"] == {f"{VERSION} {PROFILE}": 2}
    assert figures["languages"] == {"en": 1, "fr": 1, "unknown": 1}
    assert figures["published_from"] == "2024-02-02" and figures["published_to"] == "2024-03-11"
    assert figures["attributions"] == sum(len(a.attributions) for _, a in analysed)
    json.dumps(figures, default=str)


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_are_flat_with_the_article_on_every_row(store, analysed, tmp_path, fmt):
    for article, analysis in analysed:
        put(store, article, analysis)
    for table in TABLES:
        out = tmp_path / f"{table}.{fmt}"
        count = export(store, table, fmt, out)
        rows = _read(out, fmt)
        assert len(rows) == count
        expected = {"articles": 2, "attributions": sum(len(a.attributions) for _, a in analysed),
                    "sources": sum(len(a.sources) for _, a in analysed),
                    "claims": sum(len(a.claims) for _, a in analysed)}[table]
        assert count == expected, table
        assert list(rows[0])[:4] == list(flat.ARTICLE_COLUMNS)
        assert {r["ref"] for r in rows} == {a.ref for a, _ in analysed}
        by_ref = {r["ref"]: r for r in rows}
        assert by_ref["fixture/harbour.txt"]["outlet"] == "Kellaway Courier"
        assert by_ref["fixture/harbour.txt"]["published"] == "2024-03-11"


def test_search_finds_article_and_claim_text(store, analysed):
    (harbour, harbour_analysis), (flood, flood_analysis) = analysed
    put(store, harbour, harbour_analysis)
    hits = search(store, "union", limit=10)
    assert hits and all(h["ref"] == harbour.ref for h in hits)
    assert {h["kind"] for h in hits} == {"article", "claim"}
    scores = [h["score"] for h in hits if h["kind"] == "claim"]
    assert scores == sorted(scores, reverse=True)
    assert search(store, "defences", limit=10) == []
    put(store, flood, flood_analysis)  # an index built before must not hide what came after
    assert {h["ref"] for h in search(store, "defences", limit=10)} == {flood.ref}
    assert search(store, "zyxwvut", limit=10) == []


def _read(path, fmt) -> list[dict]:
    if fmt == "csv":
        with open(path, newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
