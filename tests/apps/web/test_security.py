"""Logins, roles, CSRF, body limits, headers and hostile content, against a real server."""
from __future__ import annotations

import json
import re

import httpx
import pytest
from fastapi.routing import iter_route_contexts

from sourcetrace.apps.web.app import PUBLIC
from sourcetrace.apps.web.report import safe_link

from webserver import PAYLOADS, STORY, serve

SAMPLE = {"ref": "wire-1", "claim_id": "1", "link_id": "1", "job_id": "1", "name": "web.css"}


def _concrete(path: str) -> str:
    return re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: SAMPLE[m.group(1)], path)


def test_every_route_but_health_and_login_needs_a_login(web):
    anonymous = web.client()
    checked = 0
    for route in iter_route_contexts(web.app.fastapi.routes):  # app.routes, with included routers opened
        for method in sorted(route.methods - {"HEAD"}):
            answer = anonymous.request(method, _concrete(route.path))
            checked += 1
            if route.path in PUBLIC:
                assert answer.status_code not in (401, 303), (method, route.path)
                continue
            if method == "GET" and not route.path.startswith("/api/"):
                assert answer.status_code == 303 and answer.headers["location"].startswith("/login"), route.path
            else:
                assert answer.status_code == 401, (method, route.path, answer.status_code)
    assert checked > 30
    assert PUBLIC == {"/health", "/login", "/static/{name}"}


def test_a_bad_or_stale_session_cookie_is_no_login(web):
    client = web.client()
    client.cookies.set("st_session", "forged")
    assert client.get("/api/v1/overview").status_code == 401
    assert client.get("/api/v1/overview", headers={"Authorization": "Bearer st_forged"}).status_code == 401


def test_a_viewer_can_read_but_not_confirm_matches_or_ingest(web):
    viewer = web.login("vic")
    assert viewer.client.get("/review").status_code == 200
    link, reviews = _suggested_link(web), _reviews(web)
    answer = viewer.client.post(f"/review/{link}", data={"csrf": viewer.csrf, "decision": "confirm"})
    assert answer.status_code == 403
    answer = viewer.client.post("/ingest", data={"csrf": viewer.csrf, "text": "The mayor said it would rain."})
    assert answer.status_code == 403
    answer = viewer.client.post(f"/api/v1/review/{link}", json={"decision": "confirm"},
                                headers={"X-CSRF-Token": viewer.csrf})
    assert answer.status_code == 403
    assert _reviews(web) == reviews


def test_a_form_without_its_csrf_token_is_refused(web):
    admin = web.login("ada")
    link, reviews = _suggested_link(web), _reviews(web)
    assert admin.client.post(f"/review/{link}", data={"decision": "confirm"}).status_code == 403
    assert admin.client.post(f"/review/{link}", data={"decision": "confirm", "csrf": "x" * 43}).status_code == 403
    other = web.login("rev")  # another session's token is not this session's
    assert admin.client.post(f"/review/{link}", data={"decision": "confirm", "csrf": other.csrf}).status_code == 403
    assert admin.client.post("/api/v1/ingest", json={"texts": ["The mayor said so."]}).status_code == 403
    assert _reviews(web) == reviews
    client = web.client()
    assert client.post("/login", data={"name": "ada", "password": "a long enough password"}).status_code == 403


def test_api_tokens_work_without_csrf_and_are_stored_hashed(web):
    reviewer = web.login("rev")
    page = reviewer.client.post("/account/tokens", data={"csrf": reviewer.csrf, "label": "script"})
    token = re.search(r'id="new-token">([^<]+)<', page.text).group(1)
    bearer = {"Authorization": f"Bearer {token}"}
    scripted = web.client()
    assert scripted.get("/api/v1/me", headers=bearer).json() == {"name": "rev", "role": "reviewer"}
    assert scripted.post("/api/v1/review/999999", json={"decision": "reject"}, headers=bearer).status_code == 409
    with web.state.pool.store() as store:
        stored = [h for (h,) in store.rows("SELECT token_hash FROM api_tokens")]
        hashes = [h for (h,) in store.rows("SELECT password_hash FROM users")]
    assert stored and token not in stored and all(len(h) == 64 for h in stored)
    assert all(h.startswith("$argon2id$") for h in hashes)


def test_security_headers_and_cookie_flags(web):
    client = web.client()
    for path in ("/login", "/health"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "unsafe-inline" not in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert headers["x-frame-options"] == "DENY"
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"
    page = client.get("/login")
    token = re.search(r'name="login_token" value="([^"]+)"', page.text).group(1)
    answer = client.post("/login", data={"name": "ada", "password": "a long enough password", "login_token": token})
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    assert client.post("/login", data={"name": "ada", "password": "wrong password!", "login_token": token}) \
        .status_code in (401, 403)


def test_errors_are_one_line_with_no_trace(web):
    admin = web.login("ada")
    for path, status in (("/claims/not-a-number", 422), ("/api/v1/claims/not-a-number", 422),
                         ("/articles/no-such-ref", 404), ("/api/v1/articles/no-such-ref", 404),
                         ("/api/v1/search?limit=many", 422), ("/claims/99999999", 404)):
        answer = admin.client.get(path)
        assert answer.status_code == status, path
        assert "Traceback" not in answer.text and "File \"" not in answer.text
    assert admin.client.post("/api/v1/review/1", json={"decision": "maybe"},
                             headers={"X-CSRF-Token": admin.csrf}).status_code == 422


def test_oversized_upload_is_413_and_nothing_is_stored(tmp_path):
    with serve(tmp_path / "small.duckdb", max_upload_bytes=50_000) as small:
        admin = small.login("ada")
        big = ("The mayor said the pier would close. " * 3000).encode()
        answer = admin.client.post("/ingest", data={"csrf": admin.csrf}, files=[("files", ("big.txt", big))])
        assert answer.status_code == 413

        def chunks():
            for _ in range(20):
                yield b"x" * 10_000
        raw = httpx.post(f"{small.url}/api/v1/ingest", content=chunks(), headers={"Content-Type": "application/json"})
        assert raw.status_code == 413
        with small.state.pool.store() as store:
            assert store.scalar("SELECT count(*) FROM ingest_jobs") == 0
            assert store.scalar("SELECT count(*) FROM articles") == 0


def test_hostile_text_and_metadata_are_escaped_on_every_page(web):
    admin = web.login("ada")
    with web.state.pool.store() as store:
        claims = [c for (c,) in store.rows("SELECT c.id FROM claims c JOIN articles a ON a.analysis_id = "
                                           "c.analysis_id WHERE a.ref LIKE 'hostile-%'")]
        names = [n for (n,) in store.rows("SELECT DISTINCT t.source_name FROM attributions t JOIN articles a ON "
                                          "a.analysis_id = t.analysis_id WHERE a.ref LIKE 'hostile-%' AND "
                                          "t.source_name IS NOT NULL")]
    assert claims and names
    pages = ["/", "/search?q=mayor", "/search?q=pier", "/sources", "/review", "/ingest",
             *[f"/articles/hostile-{n}" for n in range(len(PAYLOADS))], *[f"/claims/{c}" for c in claims[:8]],
             *[f"/source?name={httpx.QueryParams({'n': n})['n']}" for n in names[:4]]]
    for path in pages:
        answer = admin.client.get(path, params=None)
        assert answer.status_code == 200, path
        body = answer.text
        assert "<script>window.__pwned" not in body and "onerror=\"window" not in body and "<svg onload" not in body
        assert "<iframe" not in body and "</style><style>" not in body, path
        assert 'href="javascript' not in body.lower()
    article = admin.client.get("/articles/hostile-0").text
    assert "&lt;script&gt;window.__pwned = 1" in article


def test_a_javascript_url_never_becomes_a_link(web):
    admin = web.login("ada")
    with web.state.pool.store() as store:
        from sourcetrace import __version__
        from sourcetrace.contract import Article, Meta
        analysis_id, text = store.execute("SELECT analysis_id, text FROM articles WHERE ref = 'hostile-0'").fetchone()
        meta = Meta(title="JS link", url="javascript:alert(document.cookie)", outlet="Somewhere")
        with store.transaction():
            store.put_analysis(Article(ref="js-url", text=text, meta=meta), None, __version__, "fast",
                               analysis_id=analysis_id)
    page = admin.client.get("/articles/js-url").text
    assert "javascript:alert(document.cookie)" in page  # shown as text
    assert 'href="javascript' not in page.lower()
    first = json.loads(STORY.read_text(encoding="utf-8").splitlines()[0])
    page = admin.client.get(f"/articles/{first['id']}").text
    assert f'href="{first["url"]}"' in page  # an http(s) URL is a link


@pytest.mark.parametrize("url, link", [
    ("https://a.example/x", "https://a.example/x"), ("http://a.example", "http://a.example"),
    ("javascript:alert(1)", None), (" JavaScript:alert(1)", None), ("data:text/html,hi", None),
    ("//evil.example", None), ("https:", None), (None, None), ("vbscript:x", None)])
def test_safe_link(url, link):
    assert safe_link(url) == link


def _suggested_link(web) -> int:
    """A waiting link when the matcher made one, else any id: the refusals come before the lookup."""
    with web.state.pool.store() as store:
        return store.scalar("SELECT min(id) FROM claim_links WHERE status = 'suggested'") or 1


def _reviews(web) -> int:
    with web.state.pool.store() as store:
        return store.scalar("SELECT count(*) FROM claim_links WHERE reviewed_by IS NOT NULL")
