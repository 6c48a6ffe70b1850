"""A real server for the web tests: uvicorn on 127.0.0.1 in a thread, over a real DuckDB file.

Also shared by tests/browser/web. Logging in goes through the real login form.
"""
from __future__ import annotations

import json
import re
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn

from sourcetrace.apps.web import WebConfig, create_app
from sourcetrace.corpus import accounts

ROOT = Path(__file__).resolve().parents[3]
STORY = ROOT / "examples" / "story" / "articles.jsonl"  # the multi-outlet example story
PASSWORD = "a long enough password"
USERS = {"ada": "admin", "rev": "reviewer", "vic": "viewer"}
PAYLOADS = [
    "<script>window.__pwned = 1; alert(1)</script>",
    "<img src=x onerror=\"window.__pwned = 2; alert(2)\">",
    "\"</script><script>window.__pwned = 4; alert(4)</script>",
    "<svg onload=alert(5)></svg>",
    "<iframe src=\"https://evil.example/\"></iframe>",
    "{{ 7*7 }} </style><style>body{display:none}</style>",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Running:
    def __init__(self, app, server, thread, url):
        self.app, self.server, self.thread, self.url = app, server, thread, url

    @property
    def state(self):
        return self.app.fastapi.state

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)

    def login(self, name: str, password: str = PASSWORD) -> "Session":
        client = self.client()
        page = client.get("/login")
        token = re.search(r'name="login_token" value="([^"]+)"', page.text).group(1)
        answer = client.post("/login", data={"name": name, "password": password, "login_token": token})
        assert answer.status_code == 303, answer.text
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/account").text).group(1)
        return Session(client, csrf)

    def model_ready(self) -> bool:
        """Whether the shared matcher's model is installed (the link pass needs it)."""
        from sourcetrace.corpus.match.embed import MODEL_DIR
        return (MODEL_DIR / "model.safetensors").is_file()

    def wait_job(self, session: "Session", job_id: int, timeout: float = 240) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            job = session.client.get(f"/api/v1/ingest/jobs/{job_id}").json()
            if job["state"] in ("done", "failed"):
                return job
            time.sleep(0.3)
        raise AssertionError(f"job {job_id} did not finish in {timeout} s")


class Session:
    def __init__(self, client: httpx.Client, csrf: str):
        self.client, self.csrf = client, csrf


@contextmanager
def serve(db: Path | str, **config):
    """The app over `db` (a DuckDB path or a postgresql:// URL) on a free port, with the three users."""
    app = create_app(WebConfig(db=str(db), ingest_workers=1, **config))
    with app.fastapi.state.pool.store() as store:
        for name, role in USERS.items():
            if not store.scalar("SELECT count(*) FROM users WHERE name = ?", (name,)):
                accounts.add_user(store, name, role, PASSWORD)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield Running(app, server, thread, f"http://127.0.0.1:{port}")
    finally:
        server.should_exit = True
        thread.join(30)


def hostile_jsonl(path: Path) -> Path:
    """Articles whose text and metadata are attacks; the ingest layer keeps them as text."""
    rows = []
    for number, payload in enumerate(PAYLOADS):
        rows.append({"id": f"hostile-{number}", "outlet": f"Evil {payload}", "title": f"T {payload}",
                     "author": payload, "published": "2025-03-06", "url": "javascript:alert(9)",
                     "text": f"The mayor said \"{payload} is what we found\" on Friday.\n\n"
                             f"An aide said {payload} in a note to staff.\n\nThe city will sell the old pier."})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def suggestion(running: Running) -> int:
    """A suggested link waiting for review whose confirmation is a second independent origin: the link pass's
    best such suggestion, else one seeded for the review flow.

    Such a pair is two claims from two outlets and copy families, with sources of their own (neither credits
    the other's outlet), not already in one cluster. A seed is the pair of that kind with the most words in
    common, put in the queue as the link pass puts a link it cannot decide (status `suggested`); it tests the
    review mechanism, not whether the two say the same thing. What a reviewer's confirm does with it is the
    story layer's own code.
    """
    import re as _re
    with running.state.pool.store() as store:
        rows = store.rows("SELECT c.id, c.text, min(a.outlet), min(coalesce(f.family, a.ref)), c.sources "
                          "FROM claims c JOIN articles a ON a.analysis_id = c.analysis_id "
                          "LEFT JOIN families f ON f.ref = a.ref "
                          "WHERE a.ref NOT LIKE 'hostile-%' AND c.sources IS NOT NULL GROUP BY c.id, c.text, c.sources")
        cluster = dict(store.rows("SELECT claim_id, cluster FROM claim_clusters"))
        bags = {cid: (cid, outlet, family, set(_re.findall(r"[a-z0-9]+", text.lower())), set(sources.split("; ")))
                for cid, text, outlet, family, sources in rows}

        def independent(x, y) -> bool:
            return (x[1] != y[1] and x[2] != y[2] and bool(x[3]) and bool(y[3]) and not x[4] & y[4]
                    and x[1] not in y[4] and y[1] not in x[4]  # neither credits the other's outlet
                    and (cluster.get(x[0]) is None or cluster.get(x[0]) != cluster.get(y[0])))
        waiting = store.rows("SELECT id, claim_a, claim_b FROM claim_links WHERE status = 'suggested' "
                             "AND relation = 'same' ORDER BY score DESC, id")
        for link, a, b in waiting:
            if a in bags and b in bags and independent(bags[a], bags[b]):
                return link
        listed = list(bags.values())
        # Claims in no cluster yet come first: a link between two of them adds an origin for sure.
        best = max(((cluster.get(x[0]) is None and cluster.get(y[0]) is None,
                     len(x[3] & y[3]) / len(x[3] | y[3]), x[0], y[0]) for i, x in enumerate(listed)
                    for y in listed[i + 1:] if independent(x, y)), default=None)
        assert best is not None, "no two claims from different outlets"
        _, score, a, b = best
        return store.scalar("INSERT INTO claim_links (claim_a, claim_b, relation, score, status) "
                            "VALUES (?, ?, 'same', ?, 'suggested') RETURNING id", (min(a, b), max(a, b), score))
