"""Load test of the web app on loopback: simulated users browse and search a large store while an ingest runs.

    python -m sourcetrace.lab.load_web POLNEAR_DIR [--db PATH_OR_URL] [--articles 20000] [--users 50]
                                        [--seconds 60] [--ingest 20] [--think 1.0] [--json]

Builds the store once (skipped when it already holds the articles): a few PolNeAR dev texts are
analysed for real, then copied with varied text (a numbered closing paragraph, so each copy is its
own analysis), outlets and dates — the copies are not re-analysed. Starts `sourcetrace serve` as a
subprocess, logs `--users` users in, and for `--seconds` each user in turn loads a page or an API
read (overview, search, article, claim, API article/search/claim), pausing `--think` seconds on
average between requests as a reader does (0: back to back), while one ingest of `--ingest`
PolNeAR texts runs in the server's background worker. Reports errors, p50/p95 per kind, the
server's peak RSS (and its analysis workers' separately). Bounded: users, seconds and requests
per user are capped.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

OUTLETS = [f"{a} {b}" for a in ("Northern", "Harbour", "Valley", "Coast", "City", "Evening", "Morning", "Daily")
           for b in ("Post", "Wire", "Courier", "Herald", "Gazette")]
PAGES = ("overview", "search", "article", "claim")
API = ("api_article", "api_search", "api_claim")
MAX_REQUESTS_PER_USER = 5000
LOGINS_AT_ONCE = 4
PASSWORD = "load test password"


def build_store(target: str, polnear: Path, articles: int, base: int = 8) -> int:
    """Fill `target` up to `articles` articles; returns how many it holds.

    `base` PolNeAR dev texts are analysed and stored for real; every other article is a copy made in
    SQL, set-based (row-by-row writes take ~25 ms each here): its own analysis row and flat rows (so
    joins and counts are those of distinct articles), the base analysis JSON, and the base text with a
    numbered closing paragraph, an outlet and a date of its own. Copies are marked as placed for the
    story link pass, which would otherwise try to link 20,000 articles during the load test.
    """
    from sourcetrace import __version__
    from sourcetrace.contract import Article, Meta
    from sourcetrace.corpus.query import build_search_index
    from sourcetrace.corpus.store import normalise_text, open_store
    from sourcetrace.engine.engine import Engine
    with open_store(target) as store:
        have = store.scalar("SELECT count(*) FROM articles")
        if have >= articles:
            return have
        if store.dialect == "duckdb":
            store.execute("PRAGMA disable_progress_bar")
        bases = store.rows("SELECT ref, analysis_id FROM articles WHERE left(ref, 10) = 'load-base-' ORDER BY ref")
        if len(bases) < base:
            engine = Engine(profile="fast")
            for number, path in enumerate(sorted((polnear / "dev" / "text").glob("*.txt"))[:base]):
                article = Article(ref=f"load-base-{number:02d}", text=normalise_text(path.read_text(encoding="utf-8")),
                                  meta=Meta(outlet=OUTLETS[number], date="2024-01-01", title=path.stem[:80]))
                with store.transaction():
                    store.put_analysis(article, engine.analyze(article), __version__, "fast")
            bases = store.rows("SELECT ref, analysis_id FROM articles WHERE left(ref, 10) = 'load-base-' ORDER BY ref")
        have = store.scalar("SELECT count(*) FROM articles")
        outlets = " UNION ALL ".join(f"SELECT {i} AS o, '{name}' AS outlet" for i, name in enumerate(OUTLETS))
        base_ids = " UNION ALL ".join(f"SELECT {k} AS k, {aid} AS base" for k, (_, aid) in enumerate(bases))
        step = 5000
        for start in range(have, articles, step):
            end = min(start + step, articles) - 1
            with store.transaction():
                store.execute("DROP TABLE IF EXISTS load_ids")
                store.execute(f"CREATE TEMP TABLE load_ids AS SELECT t.n, b.base, nextval('analysis_ids') AS aid, "
                              f"o.outlet, '2024-' || lpad(CAST(mod(t.n, 12) + 1 AS VARCHAR), 2, '0') || '-' || "
                              f"lpad(CAST(mod(t.n, 28) + 1 AS VARCHAR), 2, '0') AS published "
                              f"FROM generate_series({start}, {end}) AS t(n) "
                              f"JOIN ({base_ids}) b ON b.k = mod(t.n, {len(bases)}) "
                              f"JOIN ({outlets}) o ON o.o = mod(t.n * 7, {len(OUTLETS)})")
                store.execute("INSERT INTO analyses (id, text_hash, engine_version, profile, analysis) "
                              "SELECT i.aid, 'load-copy-' || i.n, n.engine_version, n.profile, n.analysis "
                              "FROM load_ids i JOIN analyses n ON n.id = i.base")
                for table, columns in (("sources", SOURCE_COLUMNS), ("attributions", ATTRIBUTION_COLUMNS),
                                       ("claims", CLAIM_COLUMNS)):
                    names = ", ".join(columns)
                    store.execute(f"INSERT INTO {table} (analysis_id, {names}) SELECT i.aid, "
                                  f"{', '.join('r.' + c for c in columns)} FROM load_ids i "
                                  f"JOIN {table} r ON r.analysis_id = i.base")
                store.execute(
                    "INSERT INTO articles (ref, text_hash, url, outlet, published, title, language, state, "
                    "analysis_id, text, meta) SELECT 'load-' || i.n, 'load-copy-' || i.n, "
                    "'https://load.example/' || i.n, i.outlet, i.published, 'Story ' || i.n || ': ' || a.title, "
                    "'en', 'analysed', i.aid, a.text || chr(10) || chr(10) || 'Archive copy ' || i.n || "
                    "', filed for the load test.', '{\"title\": \"Story ' || i.n || '\", \"date\": \"' || "
                    "i.published || '\", \"outlet\": \"' || i.outlet || '\", \"url\": "
                    "\"https://load.example/' || i.n || '\"}' FROM load_ids i "
                    "JOIN articles a ON a.analysis_id = i.base AND left(a.ref, 10) = 'load-base-'")
                store.execute("INSERT INTO story_articles (ref, analysis_id) SELECT 'load-' || n, aid FROM load_ids")
                store.execute("DROP TABLE load_ids")
        store.execute("INSERT INTO story_articles (ref, analysis_id) SELECT ref, analysis_id FROM articles "
                      "WHERE left(ref, 10) = 'load-base-' ON CONFLICT (ref) DO NOTHING")
        build_search_index(store)
        return store.scalar("SELECT count(*) FROM articles")


SOURCE_COLUMNS = ("source_id", "name", "kind", "named", "description", "member_of", "group_count", "mentions")
ATTRIBUTION_COLUMNS = ("attribution_id", "source_id", "source_name", "source_kind", "source_named", "type", "stance",
                       "statement", "cue", "source_text", "content", "content_start", "content_end", "recipient",
                       "channel", "confidence")
CLAIM_COLUMNS = ("claim_id", "text", "start_char", "end_char", "attributions", "sources", "unattributed",
                 "single_source", "anonymous_only", "document_based", "denied", "check_worthiness")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss_kb(pid: int, field: str = "VmHWM") -> int:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    match = re.search(rf"^{field}:\s+(\d+) kB", text, re.M)
    return int(match.group(1)) if match else 0


def _children(pid: int) -> list[int]:
    """Child processes of every thread of `pid` (the analysis workers are the ingest thread's)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


class Server:
    """`sourcetrace serve` in a subprocess, with a user made first."""

    def __init__(self, db: str, workers: int = 1):
        from sourcetrace.corpus import accounts
        from sourcetrace.corpus.store import open_store
        with open_store(db) as store:
            if not store.scalar("SELECT count(*) FROM users WHERE name = 'load'"):
                accounts.add_user(store, "load", "reviewer", PASSWORD)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"sourcetrace-load-server-{self.port}.log"
        self.log = open(self.log_path, "wb")  # a file, never a pipe nobody reads: a full pipe stalls the server
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sourcetrace", "serve", "--db", db, "--port", str(self.port),
             "--workers", str(workers), "--pool", "16"], stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True)
        import httpx
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited: {self.log_path.read_text(errors='replace')[-500:]}")
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("the server did not start in 120 s")

    def peak_rss_mb(self) -> tuple[float, float]:
        """(server process peak RSS, the analysis workers' current RSS summed), MB."""
        workers = sum(_rss_kb(child, "VmRSS") for child in _children(self.process.pid))
        return _rss_kb(self.process.pid) / 1024, workers / 1024

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        self.log.close()


async def _login(client, user: str = "load") -> str:
    page = await client.get("/login")
    token = re.search(r'name="login_token" value="([^"]+)"', page.text).group(1)
    answer = await client.post("/login", data={"name": user, "password": PASSWORD, "login_token": token})
    if answer.status_code != 303:
        raise RuntimeError(f"login failed: {answer.status_code}")
    account = await client.get("/account")
    found = re.search(r'name="csrf" value="([^"]+)"', account.text)
    if account.status_code != 200 or not found:
        raise RuntimeError(f"after login, /account: HTTP {account.status_code} {account.text[:200]!r}")
    return found.group(1)


async def _user(url: str, seconds: float, refs: list[str], claims: list[int], words: list[str], seed: int,
                timings: dict[str, list[float]], errors: list[str], user: str = "load",
                logins: asyncio.Semaphore | None = None, think: float = 0.0) -> None:
    import httpx
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        # Users arrive a few at a time: 50 argon2 checks at once would measure the password hash.
        async with logins or asyncio.Semaphore(1):
            try:
                await _login(client, user)
            except (httpx.HTTPError, RuntimeError) as error:
                errors.append(f"login: {type(error).__name__}")
                return
        until = time.monotonic() + seconds  # the clock starts once logged in (argon2 is slow on purpose)
        for _ in range(MAX_REQUESTS_PER_USER):
            if time.monotonic() >= until:
                return
            kind = rng.choice(PAGES + API)
            path = {"overview": "/", "search": f"/search?q={rng.choice(words)}",
                    "article": f"/articles/{rng.choice(refs)}", "claim": f"/claims/{rng.choice(claims)}",
                    "api_article": f"/api/v1/articles/{rng.choice(refs)}",
                    "api_search": f"/api/v1/search?q={rng.choice(words)}",
                    "api_claim": f"/api/v1/claims/{rng.choice(claims)}"}[kind]
            started = time.perf_counter()
            try:
                answer = await client.get(path)
                ok = answer.status_code == 200
                why = f"{kind} {path}: HTTP {answer.status_code}"
            except httpx.HTTPError as error:
                ok, why = False, f"{kind} {path}: {type(error).__name__}"
            timings.setdefault(kind, []).append(time.perf_counter() - started)
            if not ok:
                errors.append(why)
            if think:  # a person reads the page before the next click: 0.5 to 1.5 times the mean
                await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))


async def _ingest(url: str, texts: list[str]) -> int:
    import httpx
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        csrf = await _login(client)
        answer = await client.post("/api/v1/ingest", json={"texts": texts}, headers={"X-CSRF-Token": csrf})
        answer.raise_for_status()
        return answer.json()["job"]


def _sample(db: str, limit: int = 500) -> tuple[list[str], list[int]]:
    from sourcetrace.corpus.store import open_store
    with open_store(db) as store:
        refs = [r for (r,) in store.rows("SELECT ref FROM articles WHERE state = 'analysed' ORDER BY random() "
                                         "LIMIT ?", (limit,))]
        claims = [c for (c,) in store.rows("SELECT c.id FROM claims c JOIN articles a ON a.analysis_id = "
                                           "c.analysis_id ORDER BY random() LIMIT ?", (limit,))]
    return refs, claims


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run_load(db: str, polnear: Path, users: int, seconds: float, ingest: int, workers: int = 1,
             think: float = 0.0) -> dict:
    from urllib.parse import quote
    refs, claims = _sample(db)
    refs = [quote(r, safe="") for r in refs]
    words = ["official", "said", "campaign", "president", "police", "report", "election", "city", "money", "court"]
    # A line of this run's own makes the texts new to the store, so each run analyses them.
    stamp = f"\n\nLoad run {time.time():.0f}."
    ingest_texts = [p.read_text(encoding="utf-8") + stamp
                    for p in sorted((polnear / "dev" / "text").glob("*.txt"))[-ingest:]] if ingest else []
    server = Server(db, workers)
    timings: dict[str, list[float]] = {}
    errors: list[str] = []
    try:
        async def main() -> dict:
            job = await _ingest(server.url, ingest_texts) if ingest else None
            until = time.monotonic() + seconds + 30  # the workers' sampler outlasts the users' logins
            sampler_peak = [0.0]

            async def sample_workers():
                while time.monotonic() < until and not users_done.is_set():
                    sampler_peak[0] = max(sampler_peak[0], server.peak_rss_mb()[1])
                    await asyncio.sleep(0.5)
            users_done = asyncio.Event()

            async def all_users():
                logins = asyncio.Semaphore(LOGINS_AT_ONCE)
                await asyncio.gather(*(_user(server.url, seconds, refs, claims, words, n, timings, errors,
                                             logins=logins, think=think) for n in range(users)))
                users_done.set()
            await asyncio.gather(sample_workers(), all_users())
            import httpx
            state = None
            if job is not None:
                async with httpx.AsyncClient(base_url=server.url, timeout=30) as client:
                    await _login(client)
                    state = (await client.get(f"/api/v1/ingest/jobs/{job}")).json()
            return {"job": state, "workers_rss_mb": sampler_peak[0]}
        extra = asyncio.run(main())
        server_peak, _ = server.peak_rss_mb()
    finally:
        server.stop()
    pages = [t for k in PAGES for t in timings.get(k, [])]
    api = [t for k in API for t in timings.get(k, [])]
    job = extra["job"] or {}
    return {
        "users": users, "seconds": seconds, "think_s": think, "requests": len(pages) + len(api), "errors": len(errors),
        "error_examples": errors[:5],
        "pages_p50_ms": round(percentile(pages, 0.5) * 1000, 1),
        "pages_p95_ms": round(percentile(pages, 0.95) * 1000, 1),
        "api_p50_ms": round(percentile(api, 0.5) * 1000, 1), "api_p95_ms": round(percentile(api, 0.95) * 1000, 1),
        "by_kind_p95_ms": {k: round(percentile(v, 0.95) * 1000, 1) for k, v in sorted(timings.items())},
        "requests_per_s": round((len(pages) + len(api)) / seconds, 1),
        "server_peak_rss_mb": round(server_peak, 1), "ingest_workers_peak_rss_mb": round(extra["workers_rss_mb"], 1),
        "ingest": {k: job.get(k) for k in ("state", "done", "stored", "errors")} if job else None,
        "server_log": str(server.log_path),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sourcetrace.lab.load_web", description=__doc__.split("\n")[0])
    parser.add_argument("polnear", type=Path, help="PolNeAR root (dev/text/*.txt).")
    parser.add_argument("--db", default="/tmp/sourcetrace-load.duckdb", help="DuckDB path or postgresql:// URL.")
    parser.add_argument("--articles", type=int, default=20_000, help="Store size (built once, kept at --db).")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--ingest", type=int, default=20, help="PolNeAR texts ingested during the run (0: none).")
    parser.add_argument("--workers", type=int, default=1, help="Analysis processes of the server's ingest.")
    parser.add_argument("--think", type=float, default=1.0,
                        help="Mean pause in seconds between one user's requests, as a person reads a page "
                             "(0: back to back, a test of throughput rather than of browsing).")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    users, seconds = max(1, min(args.users, 200)), max(1.0, min(args.seconds, 600.0))
    started = time.perf_counter()
    held = build_store(args.db, args.polnear, args.articles)
    built = time.perf_counter() - started
    result = {"db": "postgres" if args.db.startswith("postgres") else "duckdb", "articles": held,
              "build_s": round(built, 1), **run_load(args.db, args.polnear, users, seconds, args.ingest, args.workers,
                                  max(0.0, min(args.think, 30.0)))}
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>28}  {value}")
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
