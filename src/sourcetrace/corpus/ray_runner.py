"""Many articles on a Ray cluster, with the local batch path's guarantees: `run_ray`.

The input is cut into shards of `shard_size` items, numbered in input order. Shards go to a
Ray Data `map_batches` over a fixed pool of actors, one CPU each; every actor holds one engine
in a killable process of its own (`corpus/ray/actor.py`), so the per-article function and the
time budget are those of `engine.batch.run_batch`. The driver writes each finished shard to
`work_dir` (`corpus/ray/shards.py`) and yields results from there, shard after shard in input
order: a run that is stopped resumes at the shard, because shards already on disk are read
back, not sent to Ray again.

Ray is imported only here, inside `run_ray`, so nothing else in the runtime loads it.
"""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from sourcetrace.contract import Analysis, Article, ArticleError
from sourcetrace.settings import Settings

from .ray.actor import ShardAnalyser, shard_row
from .ray.shards import SCHEMA, ShardFiles, input_digest

Result = Analysis | ArticleError
# Every Ray dataset starts its actors and their engines afresh, so the driver sends this many
# pending shards per worker at a time: enough that start-up is a small share of an actor's
# work, few enough that the driver holds a bounded part of the input in memory.
WINDOW_SHARDS_PER_WORKER = 16


@dataclass
class _Shard:
    number: int
    first: int  # the input position of its first item
    items: list[Article | ArticleError] | None  # None once the shard is known to be on disk
    digest: str


def run_ray(items: Iterable[Article | ArticleError], *, profile: str | None = None,
            settings: Settings | None = None, workers: int | None = None, work_dir: Path,
            address: str | None = None, shard_size: int = 64,
            window_shards: int | None = None) -> Iterator[tuple[str, Result]]:
    """Yield `(ref, Analysis | ArticleError)` once for every item, in input order.

    `address` ("host:port") connects to a running Ray cluster; without it a local Ray is
    started with `workers` CPUs (and stopped at the end). `workers` is the number of actors
    (default: `settings.workers`, else the cluster's CPUs). `window_shards` overrides how
    many pending shards go to Ray per dataset.
    """
    if shard_size < 1:
        raise ValueError(f"shard_size must be at least 1, not {shard_size}")
    settings = settings or Settings.load()
    files = ShardFiles(Path(work_dir))
    with _connected(address, workers or settings.workers) as ray:
        count = workers or settings.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        window_size = window_shards or WINDOW_SHARDS_PER_WORKER * count
        window: list[_Shard] = []
        pending = 0
        for shard in _shards(items, shard_size):
            done = files.is_done(shard.number, shard.digest)
            if done and not window:
                yield from files.read(shard.number)
                continue
            if done:
                shard.items = None
            window.append(shard)
            pending += not done
            if pending >= window_size:
                yield from _run_window(ray, window, files, count, profile, settings)
                window, pending = [], 0
        if window:
            yield from _run_window(ray, window, files, count, profile, settings)


def _shards(items: Iterable[Article | ArticleError], size: int) -> Iterator[_Shard]:
    stream = iter(items)
    number = first = 0
    while chunk := list(islice(stream, size)):
        yield _Shard(number, first, chunk, input_digest(chunk))
        number, first = number + 1, first + len(chunk)


def _run_window(ray, window: list[_Shard], files: ShardFiles, count: int, profile: str | None,
                settings: Settings) -> Iterator[tuple[str, Result]]:
    """Compute the window's pending shards on Ray; yield the window's results in shard order."""
    on_disk = {shard.number for shard in window if shard.items is None}
    following = 0
    pending = [shard for shard in window if shard.items is not None]
    for number in _analysed(ray, pending, files, count, profile, settings):
        on_disk.add(number)
        while following < len(window) and window[following].number in on_disk:
            yield from files.read(window[following].number)
            following += 1
    for shard in window[following:]:
        yield from files.read(shard.number)


def _analysed(ray, pending: list[_Shard], files: ShardFiles, count: int, profile: str | None,
              settings: Settings) -> Iterator[int]:
    """Run the shards through the actor pool, write each as it completes, yield its number."""
    if not pending:
        return
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    context.enable_auto_log_stats = False
    rows = [shard_row(shard.number, shard.first, shard.items) for shard in pending]
    dataset = ray.data.from_items(rows, override_num_blocks=len(rows)).map_batches(
        ShardAnalyser,
        fn_constructor_kwargs={"profile": profile, "settings_json": settings.model_dump_json()},
        batch_size=1, batch_format="pyarrow", num_cpus=1,
        # One shard in flight per actor: a queue behind a busy actor would idle the others.
        compute=ray.data.ActorPoolStrategy(size=min(count, len(rows)), max_tasks_in_flight_per_actor=1))
    expected = {shard.number: shard for shard in pending}
    received: dict[int, dict[int, dict]] = {}
    for batch in dataset.iter_batches(batch_size=None, batch_format="pyarrow"):
        for row in batch.to_pylist():
            shard = expected.get(row["shard"])
            if shard is None:  # a retried task's copy of a shard already written
                continue
            # Keyed by position: a retried task's rows replace, never add to, the first ones.
            results = received.setdefault(shard.number, {})
            results[row["position"]] = {name: row[name] for name in SCHEMA.names}
            if len(results) == len(shard.items):
                files.write(shard.number, shard.digest, [results[i] for i in range(len(shard.items))])
                del expected[shard.number], received[shard.number]
                yield shard.number
    if expected:
        raise RuntimeError(f"Ray returned no complete results for shard(s) {sorted(expected)}")


@contextmanager
def _connected(address: str | None, cpus: int | None):
    """Ray, connected: the caller's session if there is one, else one opened (and closed) here."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # offline: no usage report
    # Ray Data's INFO lines and its "progress bars disabled" notice would interleave with the
    # host's own output; its errors still show.
    os.environ.setdefault("RAY_DATA_LOG_LEVEL", "ERROR")
    import ray
    import ray.data  # noqa: F401 — loads the Data library the runner uses as `ray.data`

    if ray.is_initialized():
        yield ray
        return
    quiet = {"log_to_driver": False, "logging_level": logging.WARNING}
    if address:
        ray.init(address=address, **quiet)
    else:
        # Ray turns a loopback node address into the machine's own, so a local Ray listens there
        # too; its token authentication (on by default for a local Ray) is what guards it.
        ray.init(address="local", num_cpus=cpus or os.cpu_count() or 1, include_dashboard=False, **quiet)
    try:
        yield ray
    finally:
        ray.shutdown()
