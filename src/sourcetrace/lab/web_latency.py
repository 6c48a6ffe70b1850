"""Single-request latency of each web page and API read, one request at a time, on an existing store.

    python -m sourcetrace.lab.web_latency --db PATH_OR_URL [--repeat 15] [--json]

Starts `sourcetrace serve` over the store (as `load_web` does, with its `load` user), then asks each
endpoint `--repeat` times in turn, sequentially, and reports the first answer's time (nothing cached
yet: what a page costs after each write) and the median of the rest. The load
test's numbers swing with whatever else the machine is doing; one request at a time shows what each
page costs by itself, so a change can be measured before and after on the same store.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from urllib.parse import quote


def endpoints(db: str) -> dict[str, str]:
    """A sample of each kind of read, picked from the store (the same picks on every run over it)."""
    from sourcetrace.corpus.store import open_store
    with open_store(db) as store:
        ref = store.scalar("SELECT ref FROM articles WHERE state = 'analysed' ORDER BY id LIMIT 1 OFFSET 100")
        claim = store.scalar("SELECT c.id FROM claims c JOIN articles a ON a.analysis_id = c.analysis_id "
                             "WHERE a.ref = ? ORDER BY c.id LIMIT 1", (ref,))
        source = store.scalar("SELECT source_name FROM attributions WHERE source_name IS NOT NULL "
                              "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
        outlet = store.scalar("SELECT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY id LIMIT 1")
    ref, source, outlet = quote(ref, safe=""), quote(source or "x"), quote(outlet or "x")
    return {
        "overview": "/", "search": "/search?q=police", "search_filtered": f"/search?q=said&outlet={outlet}",
        "search_source": f"/search?source={source}", "article": f"/articles/{ref}", "claim": f"/claims/{claim}",
        "sources": "/sources", "source": f"/source?name={source}", "review": "/review",
        "api_overview": "/api/v1/overview", "api_search": "/api/v1/search?q=police",
        "api_articles": f"/api/v1/articles?outlet={outlet}", "api_article": f"/api/v1/articles/{ref}",
        "api_claim": f"/api/v1/claims/{claim}", "api_sources": "/api/v1/sources",
        "api_source": f"/api/v1/source?name={source}",
    }


def measure(db: str, repeat: int) -> dict[str, dict]:
    import httpx

    from .load_web import Server, _login
    paths = endpoints(db)
    server = Server(db)
    out: dict[str, dict] = {}
    try:
        async def run() -> None:
            async with httpx.AsyncClient(base_url=server.url, timeout=60) as client:
                await _login(client)
                for name, path in paths.items():
                    times, status = [], set()
                    for _ in range(repeat):
                        started = time.perf_counter()
                        answer = await client.get(path)
                        times.append((time.perf_counter() - started) * 1000)
                        status.add(answer.status_code)
                    rest = times[1:] or times
                    out[name] = {"first_ms": round(times[0], 1), "median_ms": round(statistics.median(rest), 1),
                                 "status": sorted(status)}
        asyncio.run(run())
    finally:
        server.stop()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sourcetrace.lab.web_latency", description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="DuckDB path or postgresql:// URL of a built store.")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.db, max(1, min(args.repeat, 200)))
    if args.json:
        print(json.dumps(result))
    else:
        for name, row in result.items():
            print(f"{name:>16}  first {row['first_ms']:>8} ms  then median {row['median_ms']:>8} ms  "
                  f"HTTP {row['status']}")
    return 0 if all(row["status"] == [200] for row in result.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
