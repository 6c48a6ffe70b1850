"""What an article costs, and how fast Ray runs them: the figures behind docs/scale.md.

    python -m sourcetrace.lab.bench_ray DIR [--workers 1 2] [--shard-size 8] [--json]

Reads DIR/text/*.txt (or DIR/*.txt). First, in this process, one warmed-up `Engine` analyses
every text once and the CPU time of each `analyze` call is taken (`time.process_time`: CPU
seconds of this process, which other load on the machine inflates less than wall time).
Then, for each worker count, on a local Ray started here with that many CPUs:
  - start-up: `run_ray` over one short article per worker (one per shard): starting the
    actors and loading their engines, the fixed cost of every Ray dataset;
  - run: `run_ray` over all texts in shards of `--shard-size`, into a fresh work folder;
  - steady articles/s = texts / (run − start-up);
  - read-back: the driver's CPU time to read the finished shards back from Parquet into
    `Analysis` objects, per article (the driver's share of the work, whatever the cluster);
and, for comparison, the local `run_batch` with the same number of worker processes (its
wall time includes starting them). Ray's own start (`ray.init`) is in no figure.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sourcetrace.contract import Article
from sourcetrace.corpus.ray.shards import ShardFiles
from sourcetrace.corpus.ray_runner import run_ray
from sourcetrace.engine.batch import run_batch
from sourcetrace.engine.engine import Engine
from sourcetrace.settings import Settings

from .bench import read_texts

SHORT = "The council said the pool would close in March."


def cpu_per_article(texts: list[str]) -> dict:
    engine = Engine()
    engine.warm_up()
    seconds = []
    for number, text in enumerate(texts):
        start = time.process_time()
        engine.analyze(Article(ref=str(number), text=text))
        seconds.append(time.process_time() - start)
    words = sum(len(t.split()) for t in texts)
    return {"articles": len(texts), "words": words, "cpu_seconds": round(sum(seconds), 3),
            "cpu_s_per_article": round(sum(seconds) / len(texts), 4),
            "cpu_s_per_article_median": round(statistics.median(seconds), 4),
            "cpu_s_per_1000_words": round(1000 * sum(seconds) / words, 4)}


def _timed(results) -> tuple[float, int]:
    start = time.perf_counter()
    count = sum(1 for _ in results)
    return time.perf_counter() - start, count


def ray_throughput(texts: list[str], workers: int, shard_size: int) -> dict:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    import ray

    settings = Settings(time_budget_s=300)
    articles = [Article(ref=str(n), text=t) for n, t in enumerate(texts)]
    ray.init(address="local", num_cpus=workers, include_dashboard=False, log_to_driver=False)
    try:
        with tempfile.TemporaryDirectory() as warm, tempfile.TemporaryDirectory() as work:
            startup, _ = _timed(run_ray([Article(ref=f"s{n}", text=SHORT) for n in range(workers)],
                                        workers=workers, work_dir=Path(warm), shard_size=1, settings=settings))
            seconds, count = _timed(run_ray(articles, workers=workers, work_dir=Path(work),
                                            shard_size=shard_size, settings=settings))
            files = ShardFiles(Path(work))
            start = time.process_time()
            for number in range(-(-len(texts) // shard_size)):
                files.read(number)
            readback = time.process_time() - start
    finally:
        ray.shutdown()
    local, _ = _timed(run_batch(articles, workers=workers, settings=settings))
    assert count == len(texts)
    return {"workers": workers, "shard_size": shard_size, "startup_s": round(startup, 2),
            "run_s": round(seconds, 2), "articles_per_s": round(len(texts) / seconds, 2),
            "steady_articles_per_s": round(len(texts) / max(seconds - startup, 1e-9), 2),
            "driver_readback_cpu_ms_per_article": round(1000 * readback / len(texts), 2),
            "local_run_batch_s": round(local, 2), "local_articles_per_s": round(len(texts) / local, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sourcetrace.lab.bench_ray", description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, help="A folder of .txt files, or a split holding text/.")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="Worker counts to time on Ray.")
    parser.add_argument("--shard-size", type=int, default=8, help="Articles per shard on Ray.")
    parser.add_argument("--limit", type=int, default=None, help="Only the first N texts.")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    args = parser.parse_args(argv)
    texts = read_texts(args.directory, args.limit)
    if not texts:
        print(f"error: {args.directory}: no .txt files found", file=sys.stderr)
        return 2
    result = {"cpu": cpu_per_article(texts), "cores": os.cpu_count(), "load_average": os.getloadavg(),
              "ray": [ray_throughput(texts, w, args.shard_size) for w in args.workers]}
    result["load_average_after"] = os.getloadavg()
    if args.json:
        print(json.dumps(result))
    else:
        cpu = result["cpu"]
        print(f"{cpu['articles']} articles, {cpu['words']} words: {cpu['cpu_s_per_article']} CPU s/article "
              f"(median {cpu['cpu_s_per_article_median']}), {cpu['cpu_s_per_1000_words']} CPU s per 1,000 words")
        for row in result["ray"]:
            print(f"Ray, {row['workers']} worker(s), shards of {row['shard_size']}: {row['run_s']} s "
                  f"({row['articles_per_s']} articles/s; start-up {row['startup_s']} s, steady "
                  f"{row['steady_articles_per_s']} articles/s; driver read-back "
                  f"{row['driver_readback_cpu_ms_per_article']} CPU ms/article); "
                  f"local run_batch {row['local_run_batch_s']} s "
                  f"({row['local_articles_per_s']} articles/s)")
        print(f"{result['cores']} cores; load average before {result['load_average']}, after "
              f"{result['load_average_after']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
