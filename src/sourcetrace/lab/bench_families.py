"""Does the copy-family detector's cost grow linearly with a family's size? One wire story printed by 100, 400
and 1,600 outlets, word for word and lightly edited, timed per article.

    python -m sourcetrace.lab.bench_families POLNEAR_DIR [--sizes 100 400 1600] [--kinds identical edited] [--json]

The story is the first PolNeAR train article (DIR/train/text, by name) of at least six paragraphs and 400 to 700
words (a wire story's length). Identical
copies: its text under each outlet's name, a day apart at most. Lightly edited copies: each a copy desk's
rewrite of it (`syndication.rewrite`: a paragraph dropped, two swapped, a few words swapped or cut, at most
2% of words), seeded by the copy's number. Wall-clock seconds of `find_families`, best of `--repeat`, and
the pairs of texts it compared (where the code counts them).
"""
from __future__ import annotations

import argparse
import inspect
import json
import random
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from sourcetrace.corpus.families import Record, find_families
from sourcetrace.lab.syndication import paragraphs, rewrite


def story(polnear: Path) -> Record:
    for path in sorted((polnear / "train" / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if len(paragraphs(text)) >= 6 and 400 <= len(text.split()) <= 700:
            return Record(path.stem, text, "Wire", date(2026, 3, 2))
    raise SystemExit(f"no article of six paragraphs and 400 to 700 words in {polnear / 'train' / 'text'}")


def copies(original: Record, n: int, edited: bool) -> list[Record]:
    out = []
    for k in range(n):
        text = rewrite(original, random.Random(k), "", cut=0.02) if edited else original.text
        out.append(Record(f"copy-{k:05d}", text, f"Outlet {k}", original.published + timedelta(days=k % 2)))
    return out


def timed(records: list[Record], repeat: int) -> tuple[float, dict, int]:
    counts = "tally" in inspect.signature(find_families).parameters   # the code before the cap has no tally
    best, tally, found = float("inf"), Counter(), 0
    for _ in range(repeat):
        tally = Counter()
        start = time.perf_counter()
        families = find_families(records, tally=tally) if counts else find_families(records)
        best = min(best, time.perf_counter() - start)
        found = max((len(f["members"]) for f in families), default=0)
    return best, (dict(tally) if counts else {}), found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="the PolNeAR folder (train/text)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1600])
    parser.add_argument("--kinds", nargs="+", choices=["identical", "edited"], default=["identical", "edited"])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    original = story(args.polnear)
    rows = []
    for edited in [kind == "edited" for kind in args.kinds]:
        for n in args.sizes:
            records = [original] + copies(original, n, edited)
            seconds, tally, largest = timed(records, max(1, args.repeat))
            rows.append({"copies": "lightly edited" if edited else "identical", "articles": len(records),
                         "seconds": round(seconds, 3), "ms_per_article": round(1000 * seconds / len(records), 2),
                         "largest_family": largest, "compared_pairs": sum(tally.values()) if tally else None,
                         "compared_per_article": round(sum(tally.values()) / len(records), 1) if tally else None,
                         "by_stage": tally})
    if args.json:
        json.dump({"story": original.ref, "rows": rows}, sys.stdout, indent=1)
        print()
    else:
        print(f"story {original.ref}")
        for row in rows:
            print(f"{row['copies']:>15} {row['articles']:>6} articles  {row['seconds']:>8.2f} s  "
                  f"{row['ms_per_article']:>7.2f} ms/article  family {row['largest_family']:>5}  "
                  f"compared per article {row['compared_per_article']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
