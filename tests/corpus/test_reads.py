"""The store's reads for the web app, on DuckDB and on PostgreSQL alike: the change mark every write
transaction raises (what the web's read cache checks), and the overview's leading clusters."""
from __future__ import annotations

import json

from sourcetrace.corpus.store import Store
from sourcetrace.corpus.story import leading_clusters, list_clusters


def add_family(store: Store, ref: str) -> None:
    store.execute("INSERT INTO families (ref, family, relation) VALUES (?, 'f', 'original')", (ref,))


def test_every_committed_write_raises_the_mark_and_reads_do_not(store):
    before = store.change_mark()
    store.rows("SELECT count(*) FROM articles")
    assert store.change_mark() == before
    with store.transaction():
        add_family(store, "a")
    after = store.change_mark()
    assert after != before
    store.begin()
    add_family(store, "b")
    store.commit()
    assert store.change_mark() not in (before, after)


def test_a_rolled_back_write_leaves_the_mark(store):
    before = store.change_mark()
    try:
        with store.transaction():
            add_family(store, "a")
            raise RuntimeError("undone")
    except RuntimeError:
        pass
    assert store.change_mark() == before
    assert store.scalar("SELECT count(*) FROM families") == 0


def test_writes_committed_on_other_connections_move_the_mark_even_when_interleaved(store, db_target):
    with Store(db_target) as one, Store(db_target) as two:
        marks = {store.change_mark()}
        one.begin(), two.begin()
        add_family(one, "a"), add_family(two, "b")
        one.commit()
        marks.add(store.change_mark())
        two.commit()  # began before `one` committed: still counted, no conflict on the mark
        marks.add(store.change_mark())
    assert len(marks) == 3


def _cluster(store: Store, cluster: int, origins: int, articles: int, first_report: str | None) -> None:
    summary = {"id": cluster, "statement": f"claim {cluster}", "mentions": [], "first_report": first_report,
               "independent_origins": origins, "origins": []}
    store.execute("INSERT INTO story_clusters (cluster, statement, articles, outlets, independent_origins, denied, "
                  "first_report, first_published, last_published, signature, summary) "
                  "VALUES (?, ?, ?, ?, ?, FALSE, ?, '2024-03-0' || ?, NULL, 'sig', ?)",
                  (cluster, f"claim {cluster}", articles, articles, origins, first_report, str(cluster),
                   json.dumps(summary)))


def test_leading_clusters_follow_list_order_and_carry_the_first_reports_outlet(store):
    with store.transaction():
        for ref, outlet in (("r1", "Harbour Wire"), ("r2", None)):
            store.execute("INSERT INTO articles (ref, text_hash, outlet, title, state, text, meta) "
                          "VALUES (?, 'h', ?, ?, 'analysed', 'text', '{}')", (ref, outlet, f"title {ref}"))
        _cluster(store, 5, origins=2, articles=3, first_report="r1")
        _cluster(store, 3, origins=2, articles=3, first_report="r2")
        _cluster(store, 7, origins=4, articles=2, first_report="gone")
        _cluster(store, 9, origins=2, articles=5, first_report="r1")
    leading = leading_clusters(store, 3)
    assert [c["id"] for c in leading] == [c["id"] for c in list_clusters(store, limit=3)] == [7, 9, 3]
    by_id = {c["id"]: c for c in leading}
    assert by_id[9]["outlet"] == "Harbour Wire" and by_id[9]["title"] == "title r1"
    assert by_id[9]["articles"] == 5 and by_id[9]["first_published"] == "2024-03-09"
    assert by_id[3]["outlet"] is None and by_id[3]["first_report"] == "r2"  # an article with no outlet given
    assert by_id[7]["outlet"] is None and by_id[7]["title"] is None         # first report no longer stored
    assert len(leading_clusters(store, 10)) == 4


def test_duckdb_search_scores_are_the_extensions_own_bm25(tmp_path, analysed):
    """The search reads the index tables itself; its hits and scores must stay those of `match_bm25`."""
    from sourcetrace.corpus.fts import load_fts
    from sourcetrace.corpus.query import build_search_index, search
    with Store(str(tmp_path / "corpus.duckdb")) as store:
        with store.transaction():
            for article, analysis in analysed:
                store.put_analysis(article, analysis, "0.2.0", "fast")
        build_search_index(store)
        load_fts(store.db.con)
        for words in ("union", "flood defences", "the harbour workers said", "zyxwvut"):
            expected = sorted(
                [("article", ref, round(score, 9)) for ref, score in store.rows(
                    "SELECT ref, fts_main_articles.match_bm25(id, ?) AS s FROM articles WHERE s IS NOT NULL",
                    (words,))] +
                [("claim", ref, round(score, 9)) for ref, score in store.rows(
                    "SELECT a.ref, fts_main_claims.match_bm25(c.id, ?) AS s FROM claims c "
                    "JOIN articles a ON a.analysis_id = c.analysis_id WHERE s IS NOT NULL", (words,))])
            hits = search(store, words, limit=1000)
            assert sorted((h["kind"], h["ref"], round(h["score"], 9)) for h in hits) == expected
            assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
            assert bool(expected) == (words != "zyxwvut")
        top = search(store, "flood defences", limit=2)
        assert len(top) == 2 and top[0]["score"] >= top[1]["score"]


def test_account_writes_leave_the_mark(store):
    from sourcetrace.corpus import accounts
    before = store.change_mark()
    user = accounts.add_user(store, "ada", "admin", "a long enough password")
    accounts.start_session(store, user)
    assert store.change_mark() == before
    with store.transaction():
        add_family(store, "a")
    assert store.change_mark() != before


def test_duckdb_search_answers_from_the_last_index_build(tmp_path, analysed):
    """A reprint stored after the build shares the indexed claims, yet shows only once the index is rebuilt,
    so a search cached under the build's mark is the search the store would answer."""
    from sourcetrace.corpus.query import build_search_index, search
    (harbour, harbour_analysis), _ = analysed
    with Store(str(tmp_path / "corpus.duckdb")) as store:
        assert store.search_mark() is None
        with store.transaction():
            store.put_analysis(harbour, harbour_analysis, "0.2.0", "fast")
        build_search_index(store)
        built = store.search_mark()
        before = search(store, "union", limit=100)
        reprint = harbour.model_copy(update={"ref": "reprint/harbour"})
        with store.transaction():
            store.put_analysis(reprint, harbour_analysis, "0.2.0", "fast")
        assert store.search_mark() == built
        sql, params = store.db.search_query("union", 100)
        assert {row[1] for row in store.rows(sql, params)} == {harbour.ref}
        build_search_index(store)
        assert store.search_mark() != built
        assert {h["ref"] for h in search(store, "union", limit=100)} == {harbour.ref, reprint.ref}
        assert {h["ref"] for h in before} == {harbour.ref}
