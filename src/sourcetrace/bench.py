"""Throughput: spaCy's parse alone vs the whole engine under each profile.

    python -m sourcetrace.bench DIR [--limit N] [--json]

Reads DIR/text/*.txt (or DIR/*.txt when there is no text/ folder). In one
process, one run after another (never in parallel), it times:
  1. the parse alone: `load_nlp().pipe(texts)`;
  2. the engine with each profile in `settings.PROFILES`: `analyze_many`
     (the same batched parse plus extraction, sources, claims and audit);
  3. the parse alone again, so the two parse timings show the noise.
Everything is warmed up once (model load, first call) before timing. The
ratio is profile time / mean parse time: 1.30 means our stages add 30 % on
top of spaCy.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .parse import load_nlp
from .pipeline import analyze_many
from .settings import PROFILES

BATCH_SIZE = 8


def read_texts(directory: Path, limit: int | None = None) -> list[str]:
    folder = directory / "text" if (directory / "text").is_dir() else directory
    paths = sorted(folder.glob("*.txt"))[:limit]
    return [p.read_text(encoding="utf-8") for p in paths]


def _timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _parse(texts: list[str]) -> None:
    for _ in load_nlp().pipe(texts, batch_size=BATCH_SIZE):
        pass


def _engine(texts: list[str], profile: str) -> None:
    for _ in analyze_many(texts, model=profile, batch_size=BATCH_SIZE):
        pass


def _row(name: str, seconds: float, articles: int, words: int, parse_seconds: float) -> dict:
    return {
        "name": name,
        "seconds": round(seconds, 3),
        "articles_per_s": round(articles / seconds, 1) if seconds else None,
        "words_per_s": round(words / seconds) if seconds else None,
        "ratio_to_parse": round(seconds / parse_seconds, 2) if parse_seconds else None,
    }


def run_bench(texts: list[str]) -> dict:
    """Time the parse and every profile over `texts`; return the rows."""
    words = sum(len(t.split()) for t in texts)
    # Warm-up: load the model and let every profile load its own resources.
    _parse(texts[:1])
    for profile in PROFILES:
        _engine(texts[:1], profile)
    parse_before = _timed(lambda: _parse(texts))
    profile_seconds = {profile: _timed(lambda p=profile: _engine(texts, p)) for profile in PROFILES}
    parse_after = _timed(lambda: _parse(texts))
    parse_mean = (parse_before + parse_after) / 2
    rows = [_row("parse (before)", parse_before, len(texts), words, parse_mean)]
    rows += [_row(profile, seconds, len(texts), words, parse_mean) for profile, seconds in profile_seconds.items()]
    rows.append(_row("parse (after)", parse_after, len(texts), words, parse_mean))
    return {"articles": len(texts), "words": words, "batch_size": BATCH_SIZE,
            "note": "one process, timed sequentially after a warm-up; ratio = time / mean parse time",
            "rows": rows}


def _print_table(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"sourcetrace bench — {result['articles']} articles, {result['words']} words",
                  caption=result["note"])
    for column in ("run", "seconds", "articles/s", "words/s", "× parse"):
        table.add_column(column, justify="left" if column == "run" else "right")
    for row in result["rows"]:
        table.add_row(row["name"], f"{row['seconds']:.2f}", str(row["articles_per_s"]),
                      str(row["words_per_s"]), f"{row['ratio_to_parse']:.2f}")
    Console(highlight=False).print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sourcetrace.bench", description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, help="A folder of .txt files, or a split holding text/.")
    parser.add_argument("--limit", type=int, default=None, help="Only the first N texts.")
    parser.add_argument("--json", action="store_true", help="Print the timings as JSON.")
    args = parser.parse_args(argv)
    texts = read_texts(args.directory, args.limit)
    if not texts:
        print(f"error: {args.directory}: no .txt files found", file=sys.stderr)
        return 2
    result = run_bench(texts)
    if args.json:
        print(json.dumps(result))
    else:
        _print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
