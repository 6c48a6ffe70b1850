"""One server per test session over a DuckDB file holding the example story and hostile
articles, both ingested through the real upload route and background worker."""
from __future__ import annotations

import pytest

from webserver import STORY, hostile_jsonl, serve

STORY_ARTICLES = sum(1 for line in STORY.read_text(encoding="utf-8").splitlines() if line.strip())


@pytest.fixture(scope="session")
def web(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    with serve(folder / "corpus.duckdb") as running:
        admin = running.login("ada")
        files = [("files", ("story.jsonl", STORY.read_bytes(), "application/x-ndjson")),
                 ("files", ("hostile.jsonl", hostile_jsonl(folder / "hostile.jsonl").read_bytes(),
                            "application/x-ndjson"))]
        answer = admin.client.post("/ingest", data={"csrf": admin.csrf}, files=files)
        assert answer.status_code == 303, answer.text
        job = running.wait_job(admin, int(answer.headers["location"].rsplit("/", 1)[1]))
        assert job["state"] == "done" and job["stored"] == STORY_ARTICLES + 6 and job["errors"] == 0, job
        running.ingest_job = job
        yield running
