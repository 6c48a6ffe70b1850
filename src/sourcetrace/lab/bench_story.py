"""Claims across outlets at scale: link throughput while ingesting, time per new article at 2,000 and 20,000
stored articles, and how fast `corpus claims` / `corpus claim ID` answer on the large store.

    python -m sourcetrace.lab.bench_story POLNEAR_DIR [--base 20] [--grow 250] [--per-day 10] [--json]

Articles: `--base` PolNeAR articles analysed once by the engine; every stored article is one of them with a
seeded share of its words swapped for other words of the same length, so every offset in the analysis stays
true and each variant is its own text and analysis (analyses are copied and re-sliced, not re-analysed).
Variants of one base share many claims, as outlets running one story do. Articles are dated `--per-day` a day.

1. Ingest: `--grow` articles are written a day at a time, each day followed by the link pass, as an ingest
   does; claims matched per second is over those link passes.
2. Scale: linking 20,000 articles a day at a time takes hours on two shared cores, so the grown store, links,
   clusters and all, is repeated along the calendar by SQL (new ids, refs and dates, same density a day) to
   2,000 and then 20,000 articles. The 50 new articles of the probe are then linked for real on each.
3. Reads: `list_clusters` (what `corpus claims` prints) and `get_cluster` (`corpus claim ID`), p95 of 40 calls.

BLAS runs one thread (set before numpy loads): the matcher's small matrices gain nothing from threads and lose
much when the cores are shared.
"""
from __future__ import annotations

import os

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import json
import random
import re
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sourcetrace.contract import Analysis, Article, Meta

WORD = re.compile(r"[a-z]{4,}")
START = date(2020, 1, 1)
PROBE = 50          # new articles timed at each size
SWAP = 0.12         # share of eligible words swapped in a variant


def base_analyses(root: Path, count: int) -> list[Analysis]:
    from sourcetrace.engine.engine import Engine
    folder = root / "text" if (root / "text").is_dir() else root
    paths = sorted(folder.glob("*.txt"))[:count]
    engine = Engine(profile="fast")
    return list(engine.pipe(Article(ref=p.stem, text=p.read_text(encoding="utf-8")) for p in paths))


def vocabulary(bases: list[Analysis]) -> dict[int, list[str]]:
    by_length: dict[int, set[str]] = {}
    for a in bases:
        for w in WORD.findall(a.text):
            by_length.setdefault(len(w), set()).add(w)
    return {n: sorted(ws) for n, ws in by_length.items()}


def variant(base: Analysis, seed: int, words: dict[int, list[str]]) -> Analysis:
    """The base with some lower-case words swapped for words of the same length; every span re-sliced."""
    rng = random.Random(seed)
    chars = list(base.text)
    for m in WORD.finditer(base.text):
        if rng.random() < SWAP:
            chars[m.start():m.end()] = rng.choice(words[len(m.group())])
    text = "".join(chars)
    data = json.loads(base.to_json())
    data["text"] = text

    def reslice(node):
        if isinstance(node, dict):
            if {"start", "end", "text"} <= set(node) and isinstance(node["start"], int):
                node["text"] = text[node["start"]:node["end"]]
            for value in node.values():
                reslice(value)
        elif isinstance(node, list):
            for value in node:
                reslice(value)
    reslice(data)
    return Analysis.model_validate(data)


def article_for(i: int, bases: list[Analysis], words, per_day: int) -> tuple[Article, Analysis]:
    rng = random.Random(i)
    base = bases[rng.randrange(len(bases))]
    analysis = variant(base, i, words)
    meta = Meta(outlet=f"Outlet {rng.randrange(60):02d}", date=(START + timedelta(days=i // per_day)).isoformat(),
                title=f"{base.ref} #{i}")
    analysis = analysis.model_copy(update={"ref": f"a{i:06d}", "meta": meta})
    return Article(ref=f"a{i:06d}", text=analysis.text, meta=meta), analysis


def put_day(store, items) -> float:
    t0 = time.perf_counter()
    with store.transaction():
        for article, analysis in items:
            store.put_analysis(article, analysis, "bench", "fast")
    return time.perf_counter() - t0


def grow(store, start: int, stop: int, bases, words, per_day: int, figures: dict) -> None:
    from sourcetrace.corpus.story import link_pending
    i = start
    while i < stop:
        end = min(stop, (i // per_day + 1) * per_day)
        figures["write_s"] += put_day(store, [article_for(k, bases, words, per_day) for k in range(i, end)])
        summary = link_pending(store)
        figures["link_s"] += summary.seconds
        figures["claims"] += summary.claims
        figures["made"] += summary.made
        figures["suggested"] += summary.suggested
        i = end


def probe(store, at: int, bases, words, per_day: int) -> dict:
    """Time the link pass for PROBE new articles dated just after the store's last day."""
    from sourcetrace.corpus.story import link_pending
    items = [article_for(k, bases, words, per_day) for k in range(at, at + PROBE)]
    put_day(store, items)
    summary = link_pending(store)
    return {"stored_before": at, "new_articles": PROBE, "seconds": round(summary.seconds, 3),
            "ms_per_article": round(1000 * summary.seconds / PROBE, 1), "claims": summary.claims}


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def reads(store, rounds: int = 40) -> dict:
    from sourcetrace.corpus.story import get_cluster, list_clusters
    ids = [c for (c,) in store.rows("SELECT cluster FROM story_clusters ORDER BY cluster")]
    rng = random.Random(7)
    claims_all, claims_page, claim_one = [], [], []
    for _ in range(rounds):
        t0 = time.perf_counter()
        listed = list_clusters(store)
        claims_all.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        list_clusters(store, min_origins=2, limit=50)
        claims_page.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        get_cluster(store, rng.choice(ids))
        claim_one.append(time.perf_counter() - t0)
    return {"clusters": len(listed), "claims_all_p95_ms": round(1000 * p95(claims_all), 1),
            "claims_page_p95_ms": round(1000 * p95(claims_page), 1),
            "claim_one_p95_ms": round(1000 * p95(claim_one), 2)}


STORY_TABLES = ("story_articles", "story_facts", "claim_links", "claim_clusters", "story_clusters", "families")


def replicate(store, copies: range, span_days: int, top: dict) -> None:
    """Copy the grown store's rows (ids up to `top`) once per k in `copies`, k * span_days later, with new ids."""
    a, c, l, r = top["analyses"], top["claims"], top["links"], top["articles"]
    shift = "strftime(CAST(published AS DATE) + INTERVAL ({d}) DAY, '%Y-%m-%d')"
    for k in copies:
        d = k * span_days
        sql = [
            f"INSERT INTO analyses SELECT * REPLACE (id + {k * a} AS id, text_hash || '~{k}' AS text_hash) "
            f"FROM analyses WHERE id <= {a}",
            f"INSERT INTO articles SELECT * REPLACE (id + {k * r} AS id, ref || '~{k}' AS ref, "
            f"text_hash || '~{k}' AS text_hash, {shift.format(d=d)} AS published, analysis_id + {k * a} AS analysis_id)"
            f" FROM articles WHERE id <= {r}",
            f"INSERT INTO claims SELECT * REPLACE (id + {k * c} AS id, analysis_id + {k * a} AS analysis_id) "
            f"FROM claims WHERE id <= {c}",
            f"INSERT INTO sources SELECT * REPLACE (analysis_id + {k * a} AS analysis_id) FROM sources "
            f"WHERE analysis_id <= {a}",
            f"INSERT INTO attributions SELECT * REPLACE (analysis_id + {k * a} AS analysis_id) FROM attributions "
            f"WHERE analysis_id <= {a}",
            f"INSERT INTO story_articles SELECT ref || '~{k}', analysis_id + {k * a} FROM story_articles "
            f"WHERE analysis_id <= {a}",
            f"INSERT INTO story_facts SELECT analysis_id + {k * a}, facts FROM story_facts WHERE analysis_id <= {a}",
            f"INSERT INTO claim_links SELECT * REPLACE (id + {k * l} AS id, claim_a + {k * c} AS claim_a, "
            f"claim_b + {k * c} AS claim_b) FROM claim_links WHERE id <= {l}",
            f"INSERT INTO claim_clusters SELECT claim_id + {k * c}, cluster + {k * c} FROM claim_clusters "
            f"WHERE claim_id <= {c}",
            f"INSERT INTO story_clusters SELECT * REPLACE (cluster + {k * c} AS cluster) FROM story_clusters "
            f"WHERE cluster <= {c}",
            f"INSERT INTO families SELECT ref || '~{k}', family || '~{k}', relation FROM families "
            f"WHERE ref NOT LIKE '%~%'",
        ]
        with store.transaction():
            for statement in sql:
                store.execute(statement)
    last = copies[-1] + 1
    for sequence, size in (("analysis_ids", a), ("claim_ids", c), ("claim_link_ids", l), ("article_ids", r)):
        store.execute(f"SELECT max(nextval('{sequence}')) FROM range({last * size})")


def run(root: Path, base: int, grow_to: int, per_day: int, db: Path) -> dict:
    from sourcetrace.corpus.store import open_store
    if grow_to % per_day:
        raise SystemExit("--grow must be a whole number of days (a multiple of --per-day)")
    t0 = time.perf_counter()
    bases = base_analyses(root, base)
    words = vocabulary(bases)
    out: dict = {"base": len(bases), "grown": grow_to, "per_day": per_day, "window_days": _window(),
                 "analyse_s": round(time.perf_counter() - t0, 1)}
    figures = {"write_s": 0.0, "link_s": 0.0, "claims": 0, "made": 0, "suggested": 0}
    span = grow_to // per_day
    with open_store(str(db)) as store:
        grow(store, 0, grow_to, bases, words, per_day, figures)
        out["ingest"] = {**{k: round(v, 1) if isinstance(v, float) else v for k, v in figures.items()},
                         "claims_matched_per_s": round(figures["claims"] / max(figures["link_s"], 1e-9), 1),
                         "articles_per_s": round(grow_to / max(figures["link_s"], 1e-9), 2)}
        top = {"analyses": store.scalar("SELECT max(id) FROM analyses"),
               "claims": store.scalar("SELECT max(id) FROM claims"),
               "links": store.scalar("SELECT coalesce(max(id), 0) FROM claim_links"),
               "articles": store.scalar("SELECT max(id) FROM articles")}
        for size, key in ((2000, "small"), (20000, "large")):
            have = store.scalar("SELECT count(*) FROM articles")
            t1 = time.perf_counter()
            replicate(store, range(have // grow_to, size // grow_to), span, top)
            out[f"replicate_{key}_s"] = round(time.perf_counter() - t1, 1)
            assert store.scalar("SELECT count(*) FROM articles") == size
            out[f"probe_{key}"] = _probe_on_copy(store, db, size, bases, words, per_day)
        out["reads"] = reads(store)
        out["links"] = store.scalar("SELECT count(*) FROM claim_links")
        out["articles"] = store.scalar("SELECT count(*) FROM articles")
    return out


def _probe_on_copy(store, db: Path, at: int, bases, words, per_day) -> dict:
    """The probe runs on a copy, so the store goes on growing without the probe's articles."""
    import shutil
    from sourcetrace.corpus.store import open_store
    store.execute("CHECKPOINT")
    copy = db.with_name("probe-" + db.name)
    shutil.copy(db, copy)
    with open_store(str(copy)) as other:
        result = probe(other, at, bases, words, per_day)
    copy.unlink()
    return result


def _window() -> int:
    from sourcetrace.corpus.story.config import config
    return config()["window_days"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="a PolNeAR split folder (its text/*.txt)")
    parser.add_argument("--base", type=int, default=20, help="PolNeAR articles analysed by the engine")
    parser.add_argument("--grow", type=int, default=250, help="articles ingested and linked a day at a time")
    parser.add_argument("--per-day", type=int, default=10)
    parser.add_argument("--db", type=Path, help="where to build the store (default: a temporary folder)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        result = run(args.polnear, args.base, args.grow, args.per_day, db)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    ing = result["ingest"]
    print(f"ingest of {result['grown']} articles ({result['base']} PolNeAR bases, {result['per_day']} a day, window "
          f"±{result['window_days']} days): {ing['claims']} claims matched in {ing['link_s']} s of link passes = "
          f"{ing['claims_matched_per_s']} claims/s ({ing['articles_per_s']} articles/s); writes {ing['write_s']} s; "
          f"{ing['made']} links made, {ing['suggested']} suggested")
    for key in ("probe_small", "probe_large"):
        p = result[key]
        print(f"{p['new_articles']} new articles on {p['stored_before']} stored: {p['ms_per_article']} ms each "
              f"({p['claims']} claims)")
    r = result["reads"]
    print(f"reads on {result['articles']} articles, {r['clusters']} clusters, {result['links']} links: corpus claims "
          f"(all) p95 {r['claims_all_p95_ms']} ms, first 50 p95 {r['claims_page_p95_ms']} ms, corpus claim ID p95 "
          f"{r['claim_one_p95_ms']} ms")


if __name__ == "__main__":
    main()
