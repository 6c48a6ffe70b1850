"""The web app over PostgreSQL (a pool of plain connections): login, ingest, read, search, review.
Needs a server: SOURCETRACE_TEST_PG (make pg-test); skipped without one, saying why."""
from __future__ import annotations

import os
import uuid

import pytest

from sourcetrace.contract import Analysis

from webserver import serve

PG = os.environ.get("SOURCETRACE_TEST_PG")
TEXT = ("The harbour master, Odile Brannock, said the north quay would reopen on Monday after repairs. "
        "\"We found no damage to the piles,\" Brannock told reporters.")


@pytest.fixture
def pg_url():
    if not PG:
        pytest.skip("SOURCETRACE_TEST_PG is not set: no PostgreSQL server for the tests (make pg-test)")
    import psycopg
    schema = f"w_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG, autocommit=True) as con:
        con.execute(f"CREATE SCHEMA {schema}")
    yield f"{PG}{'&' if '?' in PG else '?'}options=-csearch_path%3D{schema}"
    with psycopg.connect(PG, autocommit=True) as con:
        con.execute(f"DROP SCHEMA {schema} CASCADE")


def test_the_web_app_over_postgresql(pg_url):
    with serve(pg_url, pool_size=3) as site:
        reviewer = site.login("rev")
        csrf = {"X-CSRF-Token": reviewer.csrf}
        started = reviewer.client.post("/api/v1/ingest", json={"texts": [TEXT]}, headers=csrf)
        assert started.status_code == 202
        job = site.wait_job(reviewer, started.json()["job"])
        assert job["state"] == "done" and job["stored"] == 1, job
        ref = reviewer.client.get("/api/v1/articles").json()[0]["ref"]
        analysis = Analysis.model_validate(reviewer.client.get(f"/api/v1/articles/{ref}").json())
        assert analysis.text.startswith("The harbour master")
        hits = reviewer.client.get("/api/v1/search", params={"q": "quay"}).json()
        assert hits and hits[0]["ref"] == ref
        for path in ("/", f"/articles/{ref}", "/review", "/sources", "/ingest"):
            assert reviewer.client.get(path).status_code == 200, path
        assert reviewer.client.post("/api/v1/review/1", json={"decision": "confirm"}, headers=csrf).status_code == 409
