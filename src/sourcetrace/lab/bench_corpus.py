"""Corpus store figures: ingest rate, database size, and status/export/search times on a 20,000-article store.

    python -m sourcetrace.lab.bench_corpus POLNEAR_DIR [--copies 20000] [--base-train 200] [--pg URL]
                                           [--json] [--write-docs docs/performance.md]

1. Ingest: PolNeAR dev texts through `corpus.ingest` into a fresh DuckDB file, with 1 worker and
   with all cores; articles/s is over the whole run, worker start-up included. A re-run (all
   skipped) is timed too.
2. Size: the DuckDB file after a CHECKPOINT, per 1,000 articles (from the dev store).
3. A large store: the dev texts and the first `--base-train` train texts are analysed once (all
   cores); then `--copies` articles are inserted as copies of those real analyses, each text
   varied by a deterministic suffix ("Bench copy N.") so every text hash differs — the analyses
   are copied, not re-made (their offsets still hold: the suffix is appended). Then `status`,
   each export and a search are timed, on DuckDB and, with `--pg`, on PostgreSQL.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from sourcetrace import __version__
from sourcetrace.contract import Analysis, Article, Meta
from sourcetrace.corpus.ingest import ingest_items
from sourcetrace.corpus.query import FORMATS, TABLES, build_search_index, export, search, status
from sourcetrace.corpus.store import Store, normalise_text
from sourcetrace.settings import Settings

PROFILE = "fast"
SECTION = "## Corpus"


def polnear_articles(folder: Path, limit: int | None = None) -> list[Article]:
    paths = sorted((folder / "text").glob("*.txt"))[:limit]
    articles = []
    for path in paths:
        outlet, date = (path.stem.split("_") + [None, None])[:2]
        articles.append(Article(ref=f"polnear/{folder.name}/{path.name}", text=path.read_text(encoding="utf-8"),
                                meta=Meta(outlet=outlet, date=date, language="en",
                                          url=f"https://polnear.example/{folder.name}/{path.stem}")))
    return articles


def timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (the local workers, once reaped)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bench_ingest(articles: list[Article], workers: int, work: Path, engine: str = "local") -> dict:
    db = work / f"ingest-{engine}-{workers}.duckdb"
    settings = Settings(profile=PROFILE, workers=workers, ray_work_dir=str(work / f"shards-{workers}"))
    with Store(str(db)) as store:
        cpu = cpu_seconds()
        seconds, summary = timed(lambda: ingest_items(store, articles, settings=settings, profile=PROFILE,
                                                      workers=workers, engine=engine))
        cpu = cpu_seconds() - cpu
        rerun, again = timed(lambda: ingest_items(store, articles, settings=settings, profile=PROFILE,
                                                  workers=workers, engine=engine))
        store.execute("CHECKPOINT")
    assert summary.stored + summary.errors == len(articles) and again.skipped == len(articles)
    row = {"engine": engine, "workers": workers, "articles": len(articles), "stored": summary.stored,
           "errors": summary.errors, "seconds": round(seconds, 2),
           "articles_per_s": round(len(articles) / seconds, 2), "rerun_seconds": round(rerun, 2),
           "db_bytes": db.stat().st_size, "db": str(db)}
    if engine == "local":  # Ray's workers are not this process's children: their CPU is not counted here
        row["cpu_s_per_article"] = round(cpu / len(articles), 3)
    return row


def scaling(rows: list[dict], cores: int) -> dict:
    """All-cores rate against cores × the one-worker rate (target 0.85), and the same from CPU per
    article, which says what the workers would give on cores nobody else is using."""
    one, full = rows[0], rows[-1]
    return {"rate_ratio": round(full["articles_per_s"] / (cores * one["articles_per_s"]), 2),
            "cpu_ratio": round(one["cpu_s_per_article"] / full["cpu_s_per_article"], 2)}


def base_analyses(articles: list[Article], workers: int, db: str) -> list[tuple[Article, Analysis]]:
    """The articles analysed in `db` (the dev ingest's store: only the train texts are new)."""
    with Store(db) as store:
        ingest_items(store, articles, settings=Settings(profile=PROFILE, workers=workers), profile=PROFILE,
                     workers=workers)
        return [(a, store.analysis_for(a.ref)) for a in articles if store.analysis_for(a.ref) is not None]


def build_large(target: str, base: list[tuple[Article, Analysis]], copies: int) -> dict:
    """`copies` articles, each a real analysis over its text plus a deterministic suffix."""
    with Store(target) as store:
        start = time.perf_counter()
        for start_at in range(0, copies, 1000):
            with store.transaction():
                for i in range(start_at, min(copies, start_at + 1000)):
                    article, analysis = base[i % len(base)]
                    text = normalise_text(article.text) + f"\n\nBench copy {i}."
                    copy = article.model_copy(update={"ref": f"{article.ref}#copy{i}", "text": text})
                    store.put_analysis(copy, analysis.model_copy(update={"text": text}), __version__, PROFILE)
        seconds = time.perf_counter() - start
        return {"articles": copies, "insert_seconds": round(seconds, 1),
                "inserted_per_s": round(copies / seconds, 1)}


def time_queries(target: str, work: Path, query: str) -> dict:
    out: dict = {}
    with Store(target) as store:
        out["index_seconds"] = round(timed(lambda: build_search_index(store))[0], 2)
        seconds, figures = timed(lambda: status(store))
        out["status_seconds"] = round(seconds, 2)
        out["articles"] = figures["articles"]
        out["attributions"] = figures["attributions"]
        out["claims"] = figures["claims"]
        for table in TABLES:
            for fmt in FORMATS:
                path = work / f"export-{store.dialect}-{table}.{fmt}"
                seconds, rows = timed(lambda: export(store, table, fmt, path))
                out[f"export_{table}_{fmt}_seconds"] = round(seconds, 2)
                out[f"export_{table}_rows"] = rows
                path.unlink()
        seconds, hits = timed(lambda: search(store, query, limit=20))
        out["search_seconds"] = round(seconds, 3)
        out["search_hits"] = len(hits)
    return out


def run(polnear: Path, copies: int, base_train: int, pg: str | None, work: Path,
        ray_workers: list[int] = ()) -> dict:
    cores = os.cpu_count() or 1
    dev = polnear_articles(polnear / "dev")
    results: dict = {"engine_version": __version__, "cores": cores, "ingest": [],
                     "load_average_at_start": round(os.getloadavg()[0], 1)}
    for workers in sorted({1, cores}):
        results["ingest"].append(bench_ingest(dev, workers, work))
    results["scaling"] = scaling(results["ingest"], cores)
    if ray_workers:
        results["ray"] = [bench_ingest(dev, workers, work, engine="ray") for workers in ray_workers]
    last = results["ingest"][-1]
    results["db_bytes_per_1000_articles"] = round(last["db_bytes"] / last["articles"] * 1000)

    base_articles = dev + polnear_articles(polnear / "train", base_train)
    seconds, base = timed(lambda: base_analyses(base_articles, cores, last["db"]))
    results["base"] = {"articles": len(base), "train_analyse_seconds": round(seconds, 1)}
    large_db = work / "large.duckdb"
    results["duckdb"] = build_large(str(large_db), base, copies)
    results["duckdb"].update(time_queries(str(large_db), work, "health campaign"))
    with Store(str(large_db)) as store:
        store.execute("CHECKPOINT")
    results["duckdb"]["db_bytes"] = large_db.stat().st_size
    results["duckdb"]["db_bytes_per_1000_articles"] = round(large_db.stat().st_size / copies * 1000)
    if pg:
        with fresh_schema(pg) as url:
            results["postgres"] = build_large(url, base, copies)
            results["postgres"].update(time_queries(url, work, "health campaign"))
    results["load_average_at_end"] = round(os.getloadavg()[0], 1)
    return results


@contextmanager
def fresh_schema(url: str):
    """The PostgreSQL URL pointed at a new, empty schema, dropped after."""
    import psycopg
    schema = f"bench_corpus_{os.getpid()}"
    with psycopg.connect(url, autocommit=True) as con:
        con.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(url, autocommit=True) as con:
            con.execute(f"DROP SCHEMA {schema} CASCADE")


def markdown(results: dict, command: str) -> str:
    load = ""
    if "load_average_at_start" in results:
        load = (f" Load average (`uptime`, 1 minute) {results['load_average_at_start']} at the start and "
                f"{results['load_average_at_end']} at the end: anything above 0 is other work on the same cores.")
    lines = [SECTION, "", f"Measured with `{command}` (engine {results['engine_version']}, "
             f"{results['cores']} cores, profile {PROFILE}).{load}", "",
             "| ingest of PolNeAR dev | articles | seconds | articles/s | CPU s/article | re-run (all skipped) |",
             "|---|---:|---:|---:|---:|---:|"]
    for row in results["ingest"] + results.get("ray", []):
        workers = f"{row['workers']} worker{'s' if row['workers'] > 1 else ''}"
        lines.append(f"| {'Ray, ' if row['engine'] == 'ray' else ''}{workers} | {row['articles']} | "
                     f"{row['seconds']} | {row['articles_per_s']} | {row.get('cpu_s_per_article', '')} | "
                     f"{row['rerun_seconds']} s |")
    scale = results["scaling"]
    lines += ["", "Each run's seconds include starting the worker processes (or Ray's actors) and loading their "
              "models; CPU s/article counts the ingest process and its local workers (Ray's are not its "
              "children). All cores against cores × one worker (target 0.85): "
              f"{scale['rate_ratio']} by articles/s, {scale['cpu_ratio']} by CPU per article (what the rate "
              "would be on cores no other process uses).", "",
              f"DuckDB file size: {results['db_bytes_per_1000_articles'] / 1e6:.1f} MB per 1,000 PolNeAR dev "
              f"articles (after CHECKPOINT; texts, analysis JSON and flat rows); "
              f"{results['duckdb']['db_bytes_per_1000_articles'] / 1e6:.1f} MB per 1,000 in the large store, "
              "full-text index included. The analysis JSON (about 33 KB an article, against 4 KB of text) is "
              "most of it.", ""]
    base = results["base"]
    lines += [f"Large store: {results['duckdb']['articles']:,} articles, copies of {base['articles']} real analyses "
              f"(PolNeAR dev and train texts), each text varied by a "
              "deterministic suffix so that every text hash differs; the analyses are copied, not re-made.", ""]
    dbs = [k for k in ("duckdb", "postgres") if k in results]
    lines += ["| on the large store | " + " | ".join(dbs) + " |", "|---|" + "---:|" * len(dbs)]

    def row(label, key, unit=" s"):
        lines.append(f"| {label} | " + " | ".join(f"{results[d][key]}{unit}" for d in dbs) + " |")
    row("insert (articles/s)", "inserted_per_s", "")
    row("attribution rows", "attributions", "")
    row("claim rows", "claims", "")
    row("full-text index build (PostgreSQL keeps its own current)", "index_seconds")
    row("`status`", "status_seconds")
    for table in TABLES:
        for fmt in FORMATS:
            row(f"export {table} {fmt}", f"export_{table}_{fmt}_seconds")
    row("search (20 hits)", "search_seconds")
    lines.append("")
    return "\n".join(lines)


def write_section(doc: Path, section: str) -> None:
    """Put the Corpus section in `doc`, replacing an earlier one and leaving other sections alone."""
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Performance\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text)
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    doc.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="PolNeAR root with dev/ and train/")
    parser.add_argument("--copies", type=int, default=20_000)
    parser.add_argument("--base-train", type=int, default=100, help="train texts analysed for the large store")
    parser.add_argument("--ray-workers", type=int, nargs="*", default=[1, 2],
                        help="also ingest through a local Ray with these worker counts (none: skip)")
    parser.add_argument("--pg", default=os.environ.get("SOURCETRACE_TEST_PG"), help="also a PostgreSQL URL")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--write-docs", type=Path, help="write the Corpus section of this markdown file")
    args = parser.parse_args(argv)
    if not (args.polnear / "dev" / "text").is_dir():
        sys.exit(f"error: {args.polnear}: no dev/text folder (PolNeAR root expected)")
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as work:
        results = run(args.polnear, args.copies, args.base_train, args.pg, Path(work), args.ray_workers)
    command = "python -m sourcetrace.lab.bench_corpus " + " ".join(a for a in (argv or sys.argv[1:]) if a != "--json")
    section = markdown(results, command.replace(f" --write-docs {args.write_docs}", ""))
    if args.write_docs:
        write_section(args.write_docs, section)
    print(json.dumps(results, indent=2) if args.json else section)


if __name__ == "__main__":
    main()
