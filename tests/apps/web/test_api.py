"""/api/v1 against the session's server: the article contract, search filters, CSV, claims, review, ingest."""
from __future__ import annotations

import csv
import html
import io
import json

import pytest

from sourcetrace.contract import Analysis

from webserver import STORY, suggestion


@pytest.fixture(scope="module")
def admin(web):
    return web.login("ada")


def _story():
    return [json.loads(line) for line in STORY.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_an_article_is_the_analysis_contract(web, admin):
    first = _story()[0]
    answer = admin.client.get(f"/api/v1/articles/{first['id']}")
    assert answer.status_code == 200
    analysis = Analysis.model_validate(answer.json())
    with web.state.pool.store() as store:
        assert analysis == store.analysis_for(first["id"])
    assert analysis.meta.outlet == first["outlet"] and analysis.attributions


def test_search_filters_by_outlet_date_source_and_stance(admin):
    story = _story()
    outlet = story[0]["outlet"]
    hits = admin.client.get("/api/v1/search", params={"q": "divers", "outlet": outlet}).json()
    assert hits and {h["outlet"] for h in hits} == {outlet}
    everything = admin.client.get("/api/v1/search", params={"q": "divers"}).json()
    assert len({h["outlet"] for h in everything}) > 1
    late = max(r["published"] for r in story)
    dated = admin.client.get("/api/v1/search", params={"q": "divers", "date_from": late}).json()
    assert dated and all(h["published"] >= late for h in dated)
    denied = admin.client.get("/api/v1/search", params={"stance": "deny"}).json()
    assert denied and len(denied) < len(admin.client.get("/api/v1/search").json())
    nobody = admin.client.get("/api/v1/search", params={"q": "divers", "source": "zzzz nobody"}).json()
    assert nobody == []
    page = admin.client.get("/search", params={"q": "divers", "outlet": outlet})
    assert page.status_code == 200 and outlet in page.text


def test_csv_export_is_the_flat_attribution_rows(web, admin):
    ref = _story()[0]["id"]
    answer = admin.client.get("/export/attributions.csv", params={"ref": ref})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    with web.state.pool.store() as store:
        analysis = store.analysis_for(ref)
    assert len(rows) == len(analysis.attributions)
    assert {r["ref"] for r in rows} == {ref}
    assert [r["content"] for r in rows] == [a.content.text for a in analysis.attributions]


def test_overview_lists(admin):
    overview = admin.client.get("/api/v1/overview").json()
    assert overview["articles"] == len(_story()) + 6 + 1 or overview["articles"] >= len(_story()) + 6
    assert overview["newest_claims"] and overview["top_outlets"]
    assert any(u["content"] for u in overview["unanswered"])  # the example story's "did not respond"
    assert overview["anonymous_only"]


def test_claims_with_most_origins_name_the_first_reports_outlet(web, admin):
    leading = admin.client.get("/api/v1/overview").json()["most_origins"]
    assert leading
    with web.state.pool.store() as store:
        first = {ref: (outlet, published) for ref, outlet, published in store.rows(
            "SELECT ref, outlet, published FROM articles")}
    for cluster in leading:
        assert (cluster["outlet"], cluster["published"]) == first[cluster["ref"]]
        assert cluster["outlet"] and cluster["articles"] >= 2
    page = admin.client.get("/").text
    section = page[page.index("most independent origins"):page.index("Newest claims")]
    assert "unknown outlet" not in section
    assert all(html.escape(c["outlet"], quote=False) in section for c in leading)


def test_a_new_article_shows_at_once_on_cached_pages(web, admin):
    before = admin.client.get("/api/v1/overview").json()["articles"]
    assert admin.client.get("/api/v1/overview").json()["articles"] == before  # answered from the cache
    unique = "Zorbulent harbour pilots said on Tuesday that the quay would reopen."
    assert admin.client.get("/api/v1/search", params={"q": "zorbulent"}).json() == []
    answer = admin.client.post("/api/v1/ingest", json={"texts": [unique]}, headers={"X-CSRF-Token": admin.csrf})
    assert answer.status_code == 202
    assert web.wait_job(admin, answer.json()["job"])["stored"] == 1
    assert admin.client.get("/api/v1/overview").json()["articles"] == before + 1
    assert [h["text"] for h in admin.client.get("/api/v1/search", params={"q": "zorbulent"}).json()
            if h["kind"] == "article"] == [unique]


def test_a_claim_page_and_its_json(admin):
    overview = admin.client.get("/api/v1/overview").json()
    claim = overview["newest_claims"][0]
    data = admin.client.get(f"/api/v1/claims/{claim['id']}").json()
    assert data["claim"]["text"] == claim["text"]
    page = admin.client.get(f"/claims/{claim['id']}")
    assert page.status_code == 200 and 'id="origin-count"' in page.text


def test_review_confirm_counts_the_link(web, admin):
    link_id = suggestion(web)
    link = next(item for item in admin.client.get("/api/v1/review").json() if item["id"] == link_id)
    before = admin.client.get(f"/api/v1/claims/{link['claim_a']}").json()
    mentions_before = len(before["cluster"]["mentions"]) if before["cluster"] else len(before["mentions"])
    reviewer = web.login("rev")
    answer = reviewer.client.post(f"/api/v1/review/{link_id}", json={"decision": "confirm"},
                                  headers={"X-CSRF-Token": reviewer.csrf})
    assert answer.status_code == 200, answer.text
    assert answer.json()["reviewed_by"] == "rev" and answer.json()["status"] == "confirmed"
    after = admin.client.get(f"/api/v1/claims/{link['claim_a']}").json()
    assert after["cluster"] and len(after["cluster"]["mentions"]) > mentions_before  # the link counts now
    again = reviewer.client.post(f"/api/v1/review/{link_id}", json={"decision": "reject"},
                                 headers={"X-CSRF-Token": reviewer.csrf})
    assert again.status_code == 409


def test_ingest_over_the_api_lists_errors(web):
    reviewer = web.login("rev")
    csrf = {"X-CSRF-Token": reviewer.csrf}
    assert reviewer.client.post("/api/v1/ingest", json={"texts": [], "urls": []}, headers=csrf).status_code == 400
    bad = reviewer.client.post("/api/v1/ingest", json={"urls": ["ftp://example.org/x"]}, headers=csrf)
    assert bad.status_code == 400 and "http" in bad.json()["detail"]
    limit = web.state.config.settings.max_input_bytes
    text = "The harbour master said the quay would reopen on Monday after repairs."
    started = reviewer.client.post("/api/v1/ingest", headers=csrf,
                                   json={"texts": [text, "x" * (limit + 1)], "urls": ["http://127.0.0.1:9/none"]})
    assert started.status_code == 202
    job = web.wait_job(reviewer, started.json()["job"])
    assert job["state"] == "done" and job["stored"] == 1
    reasons = {m["reason"] for m in job["messages"]}
    assert "too_large" in reasons and len([m for m in job["messages"] if m["reason"] != "not_linked"]) == 2


def test_openapi_is_generated_and_behind_the_login(web, admin):
    assert web.client().get("/api/v1/openapi.json").status_code == 401
    spec = admin.client.get("/api/v1/openapi.json").json()
    assert "/api/v1/articles/{ref}" in spec["paths"] and "/api/v1/review/{link_id}" in spec["paths"]
    assert "Analysis" in json.dumps(spec["components"])


def _warc(html: str, url: str) -> bytes:
    """A one-page web archive, written with warcio as a crawler would."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                  http_headers=headers))
    return out.getvalue()


def test_uploading_a_warc_and_a_text_file_over_the_api(web):
    reviewer = web.login("rev")
    html = ("<html><head><title>Quay reopens</title></head><body><article><h1>Quay reopens</h1>"
            "<p>The north quay in Tollan reopened on Monday after a month of repairs, the harbour board said.</p>"
            "<p>\"The piles are sound,\" said Odile Brannock, the harbour master.</p></article></body></html>")
    files = [("files", ("crawl.warc", _warc(html, "https://tollan.example/quay"), "application/warc")),
             ("files", ("note.txt", b"The ferry company said crossings would resume on Friday.", "text/plain"))]
    started = reviewer.client.post("/api/v1/ingest/files", files=files, headers={"X-CSRF-Token": reviewer.csrf})
    assert started.status_code == 202, started.text
    job = web.wait_job(reviewer, started.json()["job"])
    assert job["state"] == "done" and job["stored"] == 2, job
    article = reviewer.client.get("/api/v1/articles/https://tollan.example/quay")
    assert article.status_code == 200 and "Brannock" in article.json()["text"]
    assert reviewer.client.get("/api/v1/articles/upload/note.txt").status_code == 200
