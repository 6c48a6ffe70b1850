"""A tiny run of the load test's simulated users (5 users, 3 s) against the session's server: no errors."""
from __future__ import annotations

import asyncio
import threading
from urllib.parse import quote

from sourcetrace.lab import load_web

from webserver import PASSWORD


def test_five_users_for_three_seconds_see_no_errors(web, monkeypatch):
    monkeypatch.setattr(load_web, "PASSWORD", PASSWORD)
    with web.state.pool.store() as store:
        refs = [quote(r, safe="") for (r,) in store.rows("SELECT ref FROM articles WHERE state = 'analysed'")]
        claims = [c for (c,) in store.rows("SELECT id FROM claims")]
    timings: dict[str, list[float]] = {}
    errors: list[str] = []

    async def run():
        await asyncio.gather(*(load_web._user(web.url, 3, refs, claims, ["divers", "mayor"], n, timings, errors,
                                              user="rev") for n in range(5)))
    # In a thread of its own: a browser test in the same session may hold this thread's event loop.
    worker = threading.Thread(target=lambda: asyncio.run(run()))
    worker.start()
    worker.join(120)
    assert errors == []
    assert sum(len(v) for v in timings.values()) >= 5
