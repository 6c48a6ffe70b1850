"""Fixtures for the corpus tests: a store on each database, and real analyses of the fixture articles.

The PostgreSQL variants need a server: `make pg-test` (scripts/pg-test-server.sh) starts one and
the Makefile's `test` target passes its URL in SOURCETRACE_TEST_PG. Each test gets its own schema.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from sourcetrace.contract import Article, Meta
from sourcetrace.corpus.store import Store, normalise_text

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
PG_ENV = "SOURCETRACE_TEST_PG"
PG_MISSING = (f"{PG_ENV} is not set: no PostgreSQL server for the tests "
              "(start one with `make pg-test` or scripts/pg-test-server.sh)")


def pg_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture
def pg_schema_url():
    """A URL whose connections work in a fresh, empty schema, dropped after the test."""
    url = pg_url()
    if not url:
        pytest.skip(PG_MISSING)
    import psycopg
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as con:
        con.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in url else "?"
    yield f"{url}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(url, autocommit=True) as con:
        con.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["duckdb", "postgres"])
def db_target(request, tmp_path):
    if request.param == "duckdb":
        return str(tmp_path / "corpus.duckdb")
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture
def store(db_target):
    with Store(db_target) as opened:
        yield opened


def fixture_article(name: str, **meta) -> Article:
    text = normalise_text((FIXTURES / name).read_text(encoding="utf-8"))
    return Article(ref=f"fixture/{name}", text=text, meta=Meta(**meta))


@pytest.fixture(scope="session")
def engine():
    from sourcetrace.engine.engine import Engine
    return Engine(profile="fast")


@pytest.fixture(scope="session")
def analysed(engine):
    """(Article, Analysis) for the two plain-text fixtures, analysed once per session."""
    articles = [fixture_article("harbour.txt", outlet="Kellaway Courier", date="2024-03-11", url="https://k.example/1"),
                fixture_article("flood.txt", outlet="Cale Valley News", date="2024-02-02", language="en")]
    return [(article, engine.analyze(article)) for article in articles]
