"""The link pass over a real DuckDB store with hand-built analyses (no spaCy): the date window, copies, the
review queue, and that a second pass or a relink changes nothing a person decided."""
import pytest

from sourcetrace.contract import Analysis, Article, Claim, Meta
from sourcetrace.corpus.store import open_store
from sourcetrace.corpus.story import (confirm_link, get_cluster, link_pending, list_clusters, reject_link,
                                      suggested_links, update_story)
from sourcetrace.corpus.story.errors import StoryError

FERRY = "The ferry operator cancelled all crossings to Skarra island because of the storm"
FERRY_AGAIN = "All ferry crossings to Skarra island were cancelled by the operator because of the storm"
BRIDGE = "The council approved a new footbridge over the river Elm after a long debate"
PRICES = "Bakeries in Tollund raised the price of rye bread for the second time this year"


def put(store, ref, published, sentences, outlet=None):
    text = "\n\n".join(sentences)
    claims, at = [], 0
    for i, sentence in enumerate(sentences, 1):
        start = text.index(sentence, at)
        claims.append(Claim(id=f"c{i}", text=sentence, start=start, end=start + len(sentence), unattributed=True))
        at = start + len(sentence)
    meta = Meta(outlet=outlet or ref.split("-")[0], date=published)
    article = Article(ref=ref, text=text, meta=meta)
    analysis = Analysis(ref=ref, text=text, meta=meta, claims=claims)
    with store.transaction():
        store.put_analysis(article, analysis, "test", "fast")


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "corpus.duckdb"))
    yield s
    s.close()


def statements(store):
    return {c["statement"]: c for c in list_clusters(store)}


def test_same_claim_in_two_outlets_is_one_cluster_and_a_second_pass_adds_nothing(store):
    put(store, "north-1", "2026-02-01", [FERRY, BRIDGE])
    put(store, "south-1", "2026-02-02", [FERRY, PRICES])
    first = update_story(store)
    assert first.articles == 2 and first.made >= 1
    clusters = statements(store)
    assert FERRY in clusters and BRIDGE not in clusters and PRICES not in clusters
    assert {m["ref"] for m in clusters[FERRY]["mentions"]} == {"north-1", "south-1"}
    assert clusters[FERRY]["first_report"] == "north-1"
    links = store.scalar("SELECT count(*) FROM claim_links")
    again = update_story(store)
    assert again.articles == 0 and store.scalar("SELECT count(*) FROM claim_links") == links


def test_articles_further_apart_than_the_window_are_not_matched(store):
    put(store, "north-1", "2026-02-01", [FERRY, BRIDGE])
    put(store, "south-1", "2026-04-01", [FERRY, PRICES])
    update_story(store)
    assert list_clusters(store) == []
    assert store.scalar("SELECT count(*) FROM claim_links") == 0


def test_an_exact_copy_shares_the_analysis_and_makes_clusters_of_all_its_claims(store):
    put(store, "wire-1", "2026-02-01", [FERRY, BRIDGE])
    put(store, "daily-1", "2026-02-01", [FERRY, BRIDGE])
    update_story(store)
    clusters = statements(store)
    assert set(clusters) == {FERRY, BRIDGE}
    assert store.scalar("SELECT count(*) FROM families") == 2
    assert clusters[FERRY]["independent_origins"] == 1


def test_incremental_pass_links_a_new_article_to_stored_ones(store):
    put(store, "north-1", "2026-02-01", [FERRY, BRIDGE])
    put(store, "south-1", "2026-02-02", [FERRY])
    update_story(store)
    put(store, "east-1", "2026-02-03", [FERRY, PRICES])
    second = link_pending(store)
    assert second.articles == 1
    (cluster,) = list_clusters(store)
    assert {m["ref"] for m in cluster["mentions"]} == {"north-1", "south-1", "east-1"}


def test_review_confirm_joins_reject_splits_and_relink_keeps_verdicts(store):
    put(store, "north-1", "2026-02-01", [FERRY, BRIDGE])
    put(store, "south-1", "2026-02-02", [FERRY])
    put(store, "east-1", "2026-02-02", [FERRY_AGAIN])
    update_story(store)
    link_id = store.scalar("SELECT min(id) FROM claim_links WHERE claim_a <> claim_b")
    rejected = reject_link(store, link_id, "ana")
    assert rejected["status"] == "rejected" and rejected["reviewed_by"] == "ana" and rejected["reviewed_at"]
    link_pending(store, relink=True)
    assert store.scalar("SELECT status FROM claim_links WHERE id = ?", (link_id,)) == "rejected"
    confirmed = confirm_link(store, link_id, "ben")
    assert confirmed["status"] == "confirmed" and confirmed["reviewed_by"] == "ben"
    refs = {m["ref"] for c in list_clusters(store) for m in c["mentions"]}
    assert {confirmed["ref_a"], confirmed["ref_b"]} <= refs
    with pytest.raises(StoryError):
        confirm_link(store, link_id, "  ")
    with pytest.raises(StoryError):
        reject_link(store, 10_000, "ana")


def test_rejecting_the_only_link_removes_the_cluster(store):
    put(store, "north-1", "2026-02-01", [FERRY, BRIDGE])
    put(store, "south-1", "2026-02-02", [FERRY])
    update_story(store)
    (link_id,) = [row[0] for row in store.rows("SELECT id FROM claim_links WHERE status = 'made'")]
    reject_link(store, link_id, "ana")
    assert list_clusters(store) == []
    assert suggested_links(store) == []
    with pytest.raises(StoryError):
        get_cluster(store, 1)
