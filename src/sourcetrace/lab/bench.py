"""Throughput: spaCy's own parse vs ours vs the whole engine under each profile.

    python -m sourcetrace.bench DIR [--limit N] [--json]

Reads DIR/text/*.txt (or DIR/*.txt when there is no text/ folder). In one
process, one run after another (never in parallel), each round times:
  1. spaCy's own parse: the stock `en_core_web_sm` pipeline, `.pipe(texts)`;
  2. our parse alone: `load_nlp().pipe(texts)`, the same model with the
     memoised attribute ruler and lemmatizer (`parse/memo.py`, same output);
  3. the engine with each profile in `settings.PROFILES`: `Engine.pipe`
     (our parse plus extraction, sources, claims and audit).
Everything is warmed up first (model loads, a first batch). Each run's figure
is its best of `--repeat` rounds, as `timeit` advises: noise only ever adds
time. The ratio is a run's best / spaCy's best: 1.30 means the run takes 30 %
longer than spaCy's own parse of the same texts. For each profile, "added" is
what its stages after the parse cost, (profile − our parse) / spaCy's parse:
0.23 means they add 23 % to spaCy's parse time. All timings are in the JSON.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from sourcetrace.engine.parse import load_nlp, stock_nlp
from sourcetrace.engine.engine import Engine
from sourcetrace.settings import PROFILES

BATCH_SIZE = 8


def read_texts(directory: Path, limit: int | None = None) -> list[str]:
    folder = directory / "text" if (directory / "text").is_dir() else directory
    paths = sorted(folder.glob("*.txt"))[:limit]
    return [p.read_text(encoding="utf-8") for p in paths]


def _timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _parse(nlp, texts: list[str]) -> None:
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass


def _engine(texts: list[str], profile: str) -> None:
    for _ in Engine(profile=profile).pipe(texts, batch_size=BATCH_SIZE):
        pass


def _row(name: str, seconds: float, articles: int, words: int, parse_seconds: float) -> dict:
    return {
        "name": name,
        "seconds": round(seconds, 3),
        "articles_per_s": round(articles / seconds, 1) if seconds else None,
        "words_per_s": round(words / seconds) if seconds else None,
        "ratio_to_spacy": round(seconds / parse_seconds, 2) if parse_seconds else None,
    }


def run_bench(texts: list[str], repeat: int = 3) -> dict:
    """Time spaCy's parse, ours and every profile over `texts`; return the rows."""
    words = sum(len(t.split()) for t in texts)
    stock, ours = stock_nlp(), load_nlp()
    runs = {"spaCy parse": lambda: _parse(stock, texts), "our parse": lambda: _parse(ours, texts)}
    runs |= {profile: lambda p=profile: _engine(texts, p) for profile in PROFILES}
    # Warm-up: load the models and let every profile load its own resources.
    _parse(stock, texts[:BATCH_SIZE])
    for profile in PROFILES:
        _engine(texts[:BATCH_SIZE], profile)
    timings: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            timings[name].append(_timed(run))
    best = {name: min(seconds) for name, seconds in timings.items()}
    spacy, ours = best["spaCy parse"], best["our parse"]
    rows = [_row(name, seconds, len(texts), words, spacy) | {"all_seconds": timings[name]}
            | {"added_to_spacy": round((seconds - ours) / spacy, 2) if name in PROFILES and spacy else None}
            for name, seconds in best.items()]
    return {"articles": len(texts), "words": words, "batch_size": BATCH_SIZE, "repeat": repeat,
            "note": f"one process, best of {repeat} sequential rounds after a warm-up; "
                    "ratio = time / spaCy's parse time; added = (profile − our parse) / spaCy's parse",
            "rows": rows}


def _print_table(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"sourcetrace bench — {result['articles']} articles, {result['words']} words",
                  caption=result["note"])
    for column in ("run", "seconds", "articles/s", "words/s", "× spaCy", "added"):
        table.add_column(column, justify="left" if column == "run" else "right")
    for row in result["rows"]:
        table.add_row(row["name"], f"{row['seconds']:.2f}", str(row["articles_per_s"]),
                      str(row["words_per_s"]), f"{row['ratio_to_spacy']:.2f}",
                      "" if row["added_to_spacy"] is None else f"{row['added_to_spacy']:.2f}")
    Console(highlight=False).print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sourcetrace.bench", description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, help="A folder of .txt files, or a split holding text/.")
    parser.add_argument("--limit", type=int, default=None, help="Only the first N texts.")
    parser.add_argument("--repeat", type=int, default=3, help="Rounds; each run reports its best.")
    parser.add_argument("--json", action="store_true", help="Print the timings as JSON.")
    args = parser.parse_args(argv)
    texts = read_texts(args.directory, args.limit)
    if not texts:
        print(f"error: {args.directory}: no .txt files found", file=sys.stderr)
        return 2
    if args.repeat < 1:
        print(f"error: --repeat must be at least 1, not {args.repeat}", file=sys.stderr)
        return 2
    result = run_bench(texts, args.repeat)
    if args.json:
        print(json.dumps(result))
    else:
        _print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
