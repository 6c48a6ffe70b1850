"""The store shared by the pages and the background ingest.

DuckDB lets one process write the file, so the server opens it once and hands each request
its own connection to that one database (`con.cursor()`); PostgreSQL gets a small pool of
plain psycopg connections (psycopg_pool is not a dependency). Either way a request checks a
`Store` out for its whole life and gives it back; the ingest worker keeps its own.
"""
from __future__ import annotations

import copy
import queue
from contextlib import contextmanager
from typing import Iterator

from sourcetrace.corpus.dialects import is_postgres
from sourcetrace.corpus.store import Store, open_store

CHECKOUT_TIMEOUT_S = 30.0


class StorePool:
    def __init__(self, target: str, size: int):
        self.target = target
        self.base = open_store(target)  # migrates the schema once, before any request
        self.postgres = is_postgres(target)
        if not self.base.db.has_search_index():
            self.base.db.build_search_index()
        self._free: queue.Queue[Store] = queue.Queue()
        self._all: list[Store] = []
        for _ in range(size):
            self._free.put(self.new_store())

    def new_store(self) -> Store:
        """A store with its own connection: a cursor of the one DuckDB database, or a new PostgreSQL one."""
        if self.postgres:
            view = Store(self.target)
        else:
            # A Store over another connection to the same database: a shallow copy with its own
            # connection and its own per-transaction state (nothing mutable may be shared).
            view = copy.copy(self.base)
            view.db = copy.copy(self.base.db)
            view.db.con = self.base.db.con.cursor()
            view._depth = 0
            view._pending = {}
        self._all.append(view)
        return view

    @contextmanager
    def store(self) -> Iterator[Store]:
        view = self._free.get(timeout=CHECKOUT_TIMEOUT_S)
        try:
            yield view
        except BaseException:
            # A request that failed may leave its connection inside an aborted transaction: end it,
            # or every later request on this connection fails too.
            view._depth = 0
            try:
                view.db.con.execute("ROLLBACK")
            except view.db.errors:
                pass  # no transaction was open
            raise
        finally:
            self._free.put(view)

    def close(self) -> None:
        for view in self._all:
            try:
                view.close()
            except Exception:  # closing at shutdown: a broken connection is gone already
                pass
        self.base.close()
