"""The server's own background ingest: one thread runs queued jobs through `ingest_items`.

DuckDB allows one writing process, so web ingest never starts a second process on the file:
the thread writes through its own connection of the server's store, while the analysis runs
in `run_batch`'s killable worker processes under the time budget. A job's progress and its
errors live in `ingest_jobs`, written through another connection so readers see them at once.
"""
from __future__ import annotations

import json
import logging
import queue
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sourcetrace.contract import Article, ArticleError
from sourcetrace.corpus.ingest import ingest_items
from sourcetrace.corpus.store import Store
from sourcetrace.corpus.story import update_story

from .db import StorePool

log = logging.getLogger("sourcetrace.web")
MAX_MESSAGES = 200
PROGRESS_EVERY_S = 0.5


@dataclass
class Job:
    id: int
    items: Callable[[], Iterable[Article | ArticleError]]  # read lazily, in the worker
    cleanup: Path | None = None                              # the uploads' folder, removed after


def create_job(store: Store, user_name: str, label: str, total: int | None) -> int:
    return store.scalar("INSERT INTO ingest_jobs (user_name, label, state, total) VALUES (?, ?, 'queued', ?) "
                        "RETURNING id", (user_name, label[:200], total))


class IngestWorker:
    def __init__(self, pool: StorePool, settings, workers: int | None):
        self.pool, self.settings, self.workers = pool, settings, workers
        self.queue: queue.Queue[Job | None] = queue.Queue()
        self.writer = pool.new_store()
        self.progress = pool.new_store()
        self.thread = threading.Thread(target=self._loop, name="sourcetrace-ingest", daemon=True)
        self.thread.start()

    def submit(self, job: Job) -> None:
        self.queue.put(job)

    def stop(self) -> None:
        """Finish the running job, drop the queued ones (marked failed, their uploads removed)."""
        dropped = []
        while True:
            try:
                dropped.append(self.queue.get_nowait())
            except queue.Empty:
                break
        for job in filter(None, dropped):
            if job.cleanup:
                shutil.rmtree(job.cleanup, ignore_errors=True)
            message = json.dumps([{"ref": "", "reason": "server_stopped",
                                   "message": "the server stopped before this job ran"}])
            with self.pool.store() as store:  # not the worker's connection: it may be writing now
                store.execute("UPDATE ingest_jobs SET state = 'failed', messages = ?, finished_at = "
                              "current_timestamp WHERE id = ?", (message, job.id))
        self.queue.put(None)
        self.thread.join(30)

    def _loop(self) -> None:
        while (job := self.queue.get()) is not None:
            try:
                self._run(job)
            except Exception as error:  # a job's fault ends that job, never the worker
                log.exception("ingest job %s failed", job.id)
                try:
                    self.writer.db.con.execute("ROLLBACK")  # leave no aborted transaction for the next job
                except self.writer.db.errors:
                    pass
                self._update(job.id, state="failed", messages=[{"ref": "", "reason": "job_failed",
                                                                "message": _one_line(error)}], finished=True)
            finally:
                if job.cleanup:
                    shutil.rmtree(job.cleanup, ignore_errors=True)
            self.queue.task_done()

    def _run(self, job: Job) -> None:
        self._update(job.id, state="running")
        counts = {"done": 0, "stored": 0, "skipped": 0, "errors": 0}
        messages: list[dict] = []
        last = [0.0]

        def items() -> Iterator[Article | ArticleError]:
            for item in job.items():
                if isinstance(item, ArticleError) and len(messages) < MAX_MESSAGES:
                    messages.append({"ref": item.ref, "reason": item.reason, "message": item.message})
                yield item

        def on_item(kind: str) -> None:
            counts["done"] += 1
            key = {"stored": "stored", "reused": "stored", "skipped": "skipped"}.get(kind, "errors")
            counts[key] += 1
            if time.monotonic() - last[0] >= PROGRESS_EVERY_S:
                last[0] = time.monotonic()
                self._update(job.id, **counts)

        started = self.writer.scalar("SELECT created_at FROM ingest_jobs WHERE id = ?", (job.id,))
        ingest_items(self.writer, items(), settings=self.settings, profile=self.settings.profile,
                     workers=self.workers, on_item=on_item)
        seen = {(m["ref"], m["reason"]) for m in messages}
        messages.extend(m for m in self._engine_errors(job.id, len(messages)) if (m["ref"], m["reason"]) not in seen)
        refs = [r for (r,) in self.writer.rows("SELECT ref FROM articles WHERE ingested_at >= ?", (started,))]
        if refs:
            self._update(job.id, state="linking")
            try:
                update_story(self.writer, refs)  # families near the new articles, then same-claim links
            except Exception as error:  # the articles are stored; say why they are not linked yet
                log.exception("ingest job %s: the link pass failed", job.id)
                messages.append({"ref": "", "reason": "not_linked", "message": "stored, but not linked across "
                                 f"articles yet ({_one_line(error)}); `sourcetrace corpus link` links them later"})
            self.writer.db.build_search_index()
        self._update(job.id, state="done", messages=messages, finished=True, **counts)

    def _engine_errors(self, job_id: int, have: int) -> list[dict]:
        """Errors the analysis itself logged during this job (over budget, engine faults)."""
        started = self.writer.scalar("SELECT created_at FROM ingest_jobs WHERE id = ?", (job_id,))
        rows = self.writer.rows("SELECT ref, reason, message FROM ingest_log WHERE is_current AND logged_at >= ? "
                                "AND reason IN ('over_budget', 'engine_error', 'too_large') ORDER BY id LIMIT ?",
                                (started, max(0, MAX_MESSAGES - have)))
        return [{"ref": r, "reason": why, "message": m} for r, why, m in rows]

    def _update(self, job_id: int, state: str | None = None, messages: list | None = None, finished: bool = False,
                **counts) -> None:
        sets, values = [], []
        if state:
            sets.append("state = ?"), values.append(state)
        if messages is not None:
            sets.append("messages = ?"), values.append(json.dumps(messages[:MAX_MESSAGES], ensure_ascii=False))
        for key, value in counts.items():
            sets.append(f"{key} = ?"), values.append(value)
        if finished:
            sets.append("finished_at = current_timestamp")
        self.progress.execute(f"UPDATE ingest_jobs SET {', '.join(sets)} WHERE id = ?", (*values, job_id))


def _one_line(error: BaseException) -> str:
    text = str(error).strip()
    return (text.splitlines()[0] if text else type(error).__name__)[:300]
