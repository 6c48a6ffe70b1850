"""Answers of the costly reads (overview, search, articles, claims, sources), kept until the store changes.

Each answer is stored with the store's change mark read *before* it was computed; a request whose
mark differs computes afresh. A write committed while an answer is being computed raises the mark,
so at worst that answer is recomputed once more, never served stale. Requests asking the same thing
at once wait for one computation rather than all running it. Answers are shared between requests:
the routes only read them.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable

from sourcetrace.corpus.store import Store

ENTRIES = 1024  # answers kept (least recently used dropped first); each is one page's data


class ReadCache:
    def __init__(self, entries: int = ENTRIES):
        self.entries = entries
        self._answers: OrderedDict[Hashable, tuple[Hashable, Any]] = OrderedDict()
        self._computing: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()
        self.computed = 0  # how many answers were computed rather than reused (for tests and the curious)

    def get(self, store: Store, key: Hashable, compute: Callable[[], Any], mark: Hashable | None = None) -> Any:
        """`compute()`'s answer for `key`, reused while the store's change mark is the one read now (or
        `mark`: one read earlier by a caller whose answer is built from several reads, or another
        mark that what `compute` reads follows, such as the search index's)."""
        if mark is None:
            mark = store.change_mark()
        found = self._current(key, mark)
        if found is not None:
            return found[0]
        with self._lock:
            gate = self._computing.setdefault(key, threading.Lock())
        with gate:
            found = self._current(key, mark)  # computed by the request this one waited for
            if found is not None:
                return found[0]
            value = compute()
            with self._lock:
                self.computed += 1
                self._answers[key] = (mark, value)
                self._answers.move_to_end(key)
                while len(self._answers) > self.entries:
                    self._answers.popitem(last=False)
                self._computing.pop(key, None)
        return value

    def _current(self, key: Hashable, mark: Hashable) -> tuple[Any] | None:
        with self._lock:
            entry = self._answers.get(key)
            if entry is None or entry[0] != mark:
                return None
            self._answers.move_to_end(key)
            return (entry[1],)


def cached(request, store: Store, read: Callable[..., Any], *args, **kwargs) -> Any:
    """`read(store, *args, **kwargs)` through the app's cache (`app.state.reads`)."""
    key = (read.__module__, read.__qualname__, args, tuple(sorted(kwargs.items())))
    return request.app.state.reads.get(store, key, lambda: read(store, *args, **kwargs))


def source_profile(request, store: Store, name: str) -> dict | None:
    """A source's page: every profile is worked out once per store change and shared by all names."""
    from sourcetrace.corpus import story

    from . import services
    reads: ReadCache = request.app.state.reads
    mark = store.change_mark()  # one mark for both answers: the page is built from both
    every = reads.get(store, ("profiles",), lambda: story.profiles(store), mark)
    return reads.get(store, ("source_profile", name), lambda: services.source_profile(store, name, every), mark)


def search(request, store: Store, *args, **kwargs) -> list[dict]:
    """`services.search` through the cache. A search for words reads DuckDB's index snapshot only: it is
    current until the index is rebuilt (after each ingest job), not only until the next write."""
    from . import services
    words = args[0] if args else kwargs.get("q", "")
    mark = store.search_mark() if words.strip() else None
    key = ("search", args, tuple(sorted(kwargs.items())))
    return request.app.state.reads.get(store, key, lambda: services.search(store, *args, **kwargs),
                                       ("search", mark) if mark is not None else None)
