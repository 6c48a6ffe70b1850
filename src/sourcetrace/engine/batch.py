"""Many articles through killable worker processes, each holding one `Engine`.

`run_batch` is what every batch host calls (the CLI's `analyze` over many inputs, the corpus
ingest, the web app's background ingest). An article that runs past the time budget has its
worker killed — a process, not a thread, because a stuck spaCy or regex call cannot be
interrupted from inside — and becomes an `ArticleError`; a worker that dies takes only its
article with it. Every item given comes out exactly once.
"""
from __future__ import annotations

import importlib
import multiprocessing
import os
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Callable, Iterable, Iterator

from sourcetrace.contract import Analysis, Article, ArticleError
from sourcetrace.settings import Settings

from .engine import Engine, TextTooLong

Result = Analysis | ArticleError
# How long a new worker may take to load its engine before the batch gives up on it.
STARTUP_TIMEOUT_S = 300.0


def run_batch(items: Iterable[Article | ArticleError], *, profile: str | None = None,
              settings: Settings | None = None, workers: int | None = None, ordered: bool = False,
              engine_factory: str | None = None) -> Iterator[tuple[str, Result]]:
    """Yield `(ref, Analysis | ArticleError)` once for every item.

    Items that are already errors (ingest could not read them) pass straight through.
    `ordered` keeps the input order; otherwise results come as they finish.
    `engine_factory` ("module:function", called with profile and settings) builds each
    worker's engine instead of `Engine`, for hosts that need their own.
    """
    settings = settings or Settings.load()
    count = workers or settings.workers or os.cpu_count() or 1
    pool = _Pool(count, profile, settings, engine_factory)
    try:
        stream = pool.results(iter(items))
        yield from (_in_order(stream) if ordered else ((ref, result) for _, ref, result in stream))
    finally:
        pool.close()


def _in_order(stream: Iterator[tuple[int, str, Result]]) -> Iterator[tuple[str, Result]]:
    waiting: dict[int, tuple[str, Result]] = {}
    following = 0
    for number, ref, result in stream:
        waiting[number] = (ref, result)
        while following in waiting:
            yield waiting.pop(following)
            following += 1


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    ready: bool = False
    job: tuple[int, str] | None = None
    started: float = field(default_factory=time.monotonic)


class _Pool:
    def __init__(self, size: int, profile: str | None, settings: Settings, engine_factory: str | None):
        self.size, self.profile, self.settings, self.factory = size, profile, settings, engine_factory
        self.context = multiprocessing.get_context("spawn")
        self.workers: list[_Worker] = []

    def results(self, items: Iterator[Article | ArticleError]) -> Iterator[tuple[int, str, Result]]:
        number, more = 0, True
        while True:
            while more and (worker := self._idle()) is not None:
                item = next(items, None)
                if item is None:
                    more = False
                    break
                if isinstance(item, ArticleError):
                    yield number, item.ref, item
                else:
                    self._send(worker, number, item)
                number += 1
            if any(w.job is not None for w in self.workers):
                yield from self._collect()
            elif not more:
                return

    def _idle(self) -> _Worker | None:
        while len(self.workers) < self.size:
            self.workers.append(self._start())
        return next((w for w in self.workers if w.ready and w.job is None), None) or self._wait_ready()

    def _wait_ready(self) -> _Worker | None:
        """Block until a starting worker is ready, unless some worker is busy (then results come first)."""
        if any(w.job is not None for w in self.workers):
            return None
        for worker in self.workers:
            if not worker.ready:
                self._await_ready(worker)
                return worker
        return None

    def _await_ready(self, worker: _Worker) -> None:
        if not worker.conn.poll(STARTUP_TIMEOUT_S):
            raise RuntimeError("a batch worker did not start in time")
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            message = ("failed", f"its process exited with code {worker.process.exitcode}")
        if message[0] != "ready":
            raise RuntimeError(f"a batch worker failed to start: {message[1]}")
        worker.ready = True

    def _send(self, worker: _Worker, number: int, article: Article) -> None:
        worker.job = (number, article.ref or f"#{number}")
        worker.started = time.monotonic()
        worker.conn.send(article.model_dump_json())

    def _collect(self) -> Iterator[tuple[int, str, Result]]:
        busy = [w for w in self.workers if w.job is not None]
        budget = self.settings.time_budget_s
        deadline = min(w.started + budget for w in busy)
        ready = wait([w.conn for w in busy] + [w.conn for w in self.workers if not w.ready],
                     timeout=max(0.0, deadline - time.monotonic()))
        for worker in list(self.workers):
            if worker.conn in ready and not worker.ready:
                self._await_ready(worker)
            elif worker.conn in ready:
                yield self._take_result(worker)
            elif worker.job is not None and time.monotonic() - worker.started > budget:
                number, ref = worker.job
                self._replace(worker)
                yield number, ref, ArticleError(ref=ref, reason="over_budget",
                                                message=f"stopped after the {budget:g} s time budget")

    def _take_result(self, worker: _Worker) -> tuple[int, str, Result]:
        number, ref = worker.job
        try:
            kind, payload = worker.conn.recv()
        except (EOFError, OSError):
            code = worker.process.exitcode
            self._replace(worker)
            return number, ref, ArticleError(ref=ref, reason="engine_error",
                                             message=f"the worker analysing it died (exit code {code})")
        worker.job = None
        if kind == "ok":
            return number, ref, Analysis.model_validate_json(payload)
        return number, ref, ArticleError(ref=ref, reason=kind, message=payload)

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(child, self.profile, self.settings.model_dump_json(),
                                                            self.factory), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def _replace(self, worker: _Worker) -> None:
        _stop(worker)
        self.workers[self.workers.index(worker)] = self._start()

    def close(self) -> None:
        for worker in self.workers:
            _stop(worker)
        self.workers = []


def _stop(worker: _Worker) -> None:
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join(5)
    worker.conn.close()


def _serve(conn: Connection, profile: str | None, settings_json: str, factory: str | None) -> None:
    """A worker's life: build the engine, then analyse what comes until the pipe closes."""
    try:
        settings = Settings.model_validate_json(settings_json)
        engine = _factory(factory)(profile, settings)
        engine.warm_up()
    except Exception as error:  # the parent reports it; a worker must not die silently
        conn.send(("failed", f"{type(error).__name__}: {error}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            article = Article.model_validate_json(conn.recv())
        except (EOFError, OSError):
            return
        conn.send(_analyse(engine, article))


def _analyse(engine: Engine, article: Article) -> tuple[str, str]:
    try:
        return "ok", engine.analyze(article).to_json()
    except TextTooLong as error:
        return "too_large", error.args[0].split(": ", 1)[-1]
    except Exception as error:  # one article's fault is its own error record, never the batch's
        return "engine_error", (f"the engine failed on this text ({type(error).__name__}: {error}); "
                                "please report it with the text")


def _factory(name: str | None) -> Callable[[str | None, Settings], Engine]:
    if not name:
        return lambda profile, settings: Engine(profile=profile, settings=settings)
    module, _, function = name.partition(":")
    return getattr(importlib.import_module(module), function)
