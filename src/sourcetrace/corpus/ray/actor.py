"""What each Ray actor runs: one shard at a time through one killable engine process.

An actor cannot stop its own method call midway — a stuck spaCy or regex call holds the
thread — so the actor does not analyse in-process. It keeps a one-worker `run_batch` open for
its whole life: that worker process holds the actor's one `Engine` (built and warmed up once),
and `run_batch` kills and replaces it when an article runs past `settings.time_budget_s`. The
per-article function and the time budget are therefore the local path's own, not a copy.
"""
from __future__ import annotations

from collections import deque
from typing import Iterator

import pyarrow as pa

from sourcetrace.contract import Analysis, Article, ArticleError
from sourcetrace.engine.batch import run_batch
from sourcetrace.engine.engine import WARM_UP_TEXT
from sourcetrace.settings import Settings

from .shards import to_row

Result = Analysis | ArticleError

OUTPUT_SCHEMA = pa.schema([("shard", pa.int64()), ("position", pa.int64()), ("ref", pa.string()),
                           ("kind", pa.string()), ("analysis", pa.string()), ("reason", pa.string()),
                           ("message", pa.string())])


def shard_row(number: int, first: int, items: list[Article | ArticleError]) -> dict:
    """One input row of the Ray dataset: a whole shard, its items as JSON."""
    return {"shard": number, "first": first, "errors": [isinstance(i, ArticleError) for i in items],
            "items": [i.model_dump_json() for i in items]}


def item_ref(item: Article | ArticleError, index: int) -> str:
    """The ref a batch reports for an item: its own, or its place in the input (as `run_batch` does)."""
    return item.ref or f"#{index}"


class ShardAnalyser:
    """The `map_batches` callable: a batch of one shard row in, one row per item out."""

    def __init__(self, profile: str | None, settings_json: str):
        self.lane = _Lane(profile, Settings.model_validate_json(settings_json))

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = []
        for shard in batch.to_pylist():
            for position, (is_error, text) in enumerate(zip(shard["errors"], shard["items"])):
                index = shard["first"] + position
                if is_error:
                    error = ArticleError.model_validate_json(text)
                    ref, result = error.ref, error
                else:
                    article = Article.model_validate_json(text)
                    ref, result = item_ref(article, index), self.lane.analyse(article)
                    result = _with_ref(result, ref)
                rows.append({"shard": shard["shard"], "position": position} | to_row(ref, result))
        return pa.Table.from_pylist(rows, schema=OUTPUT_SCHEMA)

    def __del__(self):
        if hasattr(self, "lane"):
            self.lane.close()


class _Lane:
    """A one-worker `run_batch` held open across calls and fed one article at a time.

    `run_batch` draws the next input only when its worker is idle, and each `analyse` puts
    exactly one article in before taking exactly one result out, so the feed is never asked
    for an article it does not have.
    """

    def __init__(self, profile: str | None, settings: Settings):
        self._waiting: deque[Article] = deque()
        self._results = run_batch(self._feed(), profile=profile, settings=settings, workers=1)
        # Start the engine process now, so that a ready actor is one that can analyse at once.
        self.analyse(Article(ref="warm-up", text=WARM_UP_TEXT))

    def _feed(self) -> Iterator[Article]:
        while True:
            yield self._waiting.popleft()

    def analyse(self, article: Article) -> Result:
        self._waiting.append(article)
        _, result = next(self._results)
        return result

    def close(self) -> None:
        self._results.close()


def _with_ref(result: Result, ref: str) -> Result:
    """An error about an article without a ref names it by its place in the whole input, not in
    this actor's stream (the local path numbers it the same way)."""
    if isinstance(result, Analysis) or result.ref == ref:
        return result
    prefix = f"{result.ref}:"
    message = f"{ref}:{result.message[len(prefix):]}" if result.message.startswith(prefix) else result.message
    return ArticleError(ref=ref, reason=result.reason, message=message)
