"""Is the analysis output unchanged? Digests of the engine's JSON on a fixed set of inputs,
written once before a change and checked after it.

    python -m sourcetrace.lab.same_output write DIGESTS.json
    python -m sourcetrace.lab.same_output check DIGESTS.json

The inputs: the first 30 PolNeAR dev articles, the examples in shared/examples, 50 KB of joined
train articles and the 4,000-attribution text of `bench_scaling`. The engine takes its settings
from the environment as usual (`SOURCETRACE_*`), so one set of digests checks every setting that
must not change the output (the window size, say).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

from sourcetrace.engine.engine import Engine
from sourcetrace.settings import Settings
from .bench_scaling import POLNEAR, joined_articles, many_attributions

SHARED = POLNEAR.parents[2]
DEV = SHARED / "data" / "polnear" / "dev" / "text"
EXAMPLES = SHARED / "examples"


def inputs() -> dict[str, str]:
    texts = {f"dev/{p.name}": p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))[:30]}
    texts |= {f"examples/{p.name}": p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))}
    texts["joined_50kb"] = joined_articles(POLNEAR, 50_000)
    texts["attributions_4000"] = many_attributions(4000)
    return texts


def digests(engine: Engine) -> dict[str, str]:
    out = {}
    for name, text in inputs().items():
        out[name] = hashlib.sha256(engine.analyze(text).to_json().encode()).hexdigest()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["write", "check"])
    parser.add_argument("path", type=Path)
    args = parser.parse_args(argv)
    engine = Engine(settings=Settings.load(max_text_chars=10_000_000))
    start = time.perf_counter()
    found = digests(engine)
    seconds = time.perf_counter() - start
    if args.mode == "write":
        args.path.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
        print(f"{len(found)} digests written to {args.path} ({seconds:.1f} s)")
        return 0
    expected = json.loads(args.path.read_text(encoding="utf-8"))
    differ = sorted(name for name in expected.keys() | found.keys() if expected.get(name) != found.get(name))
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(found) - len(differ)} of {len(expected)} the same ({seconds:.1f} s)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
