"""The web app's read cache over a real DuckDB store: answers are reused until a write commits, never
served from before a write, and one computation serves requests that ask at once."""
from __future__ import annotations

import threading
import time

import pytest

from sourcetrace.apps.web.cache import ReadCache
from sourcetrace.apps.web.db import StorePool
from sourcetrace.corpus.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "corpus.duckdb")) as opened:
        yield opened


def families(store: Store) -> int:
    return store.scalar("SELECT count(*) FROM families")


def add_family(store: Store, ref: str) -> None:
    with store.transaction():
        store.execute("INSERT INTO families (ref, family, relation) VALUES (?, 'f', 'original')", (ref,))


def test_an_answer_is_reused_until_a_write_commits(store):
    cache = ReadCache()
    assert cache.get(store, "n", lambda: families(store)) == 0
    assert cache.get(store, "n", lambda: families(store)) == 0
    assert cache.computed == 1
    add_family(store, "a")
    assert cache.get(store, "n", lambda: families(store)) == 1
    assert cache.computed == 2


def test_a_write_committed_while_computing_is_never_hidden(store):
    cache = ReadCache()

    def slow_count():
        seen = families(store)
        add_family(store, "late")  # commits after the count was read, before the answer is kept
        return seen
    assert cache.get(store, "n", slow_count) == 0
    assert cache.get(store, "n", lambda: families(store)) == 1


def test_requests_asking_at_once_share_one_computation(tmp_path):
    pool = StorePool(str(tmp_path / "shared.duckdb"), 8)  # each request its own connection, as in the app
    cache = ReadCache()
    calls, answers = [], []

    def compute():
        calls.append(1)
        time.sleep(0.2)
        return "answer"

    def request():
        with pool.store() as store:
            answers.append(cache.get(store, "k", compute))
    threads = [threading.Thread(target=request) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    pool.close()
    assert answers == ["answer"] * 8 and len(calls) == 1


def test_the_least_recently_used_answer_is_dropped_first(store):
    cache = ReadCache(entries=2)
    for key in ("a", "b"):
        cache.get(store, key, lambda: key)
    cache.get(store, "a", lambda: "recomputed")  # "a" is used again, so "b" is the oldest
    cache.get(store, "c", lambda: "c")
    assert cache.get(store, "a", lambda: "recomputed") == "a"
    assert cache.get(store, "b", lambda: "recomputed") == "recomputed"
