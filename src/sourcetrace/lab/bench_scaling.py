"""Does the engine's cost grow linearly with the text? CPU time per KB on a short and a long
text of joined real articles, and on two inputs that used to cost quadratic time.

    python -m sourcetrace.lab.bench_scaling [--corpus DIR] [--small 50] [--large 1000] [--json]

  - joined PolNeAR articles (DIR/text/*.txt, train by default, blank lines between), cut at a
    paragraph end near `--small` KB and near `--large` KB: CPU seconds per KB of each and the
    ratio large/small (target ≤ 1.5);
  - 10,000 straight double quotes in a row (target < 2 s);
  - a text of 4,000 quoted attributions (target < 3 s), also rendered as the HTML report, and
    its CPU seconds stage by stage (`stage_seconds`).

CPU time (`time.process_time`) of `Engine.analyze` after a warm-up, and wall time beside it;
the model load is not timed.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from sourcetrace.contract import Analysis, Article
from sourcetrace.engine.audit import build_audit
from sourcetrace.engine.claims import build_claims
from sourcetrace.engine.denials import carry_denials
from sourcetrace.engine.engine import Engine
from sourcetrace.engine.extract import run_extractors
from sourcetrace.engine.parse import drop_scratch, english_words, parse_text, text_of
from sourcetrace.engine.parse.window import LONGEST_PARAGRAPH, WINDOW_BATCH, parse_copy, windows
from sourcetrace.engine.resolve import resolve_sources
from sourcetrace.settings import PROFILES, Settings

POLNEAR = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "polnear" / "train"
SPEAKERS = ["Marta Quill", "Dev Arora", "the spokesman", "a union official", "the mayor", "Ana Ruiz"]


def joined_articles(corpus: Path, chars: int) -> str:
    """Articles joined with blank lines until `chars`, cut at the last paragraph end before it."""
    pieces, size = [], 0
    paths = sorted((corpus / "text").glob("*.txt")) or sorted(corpus.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no articles in {corpus}")
    while size < chars:
        for path in paths:
            pieces.append(path.read_text(encoding="utf-8").strip())
            size += len(pieces[-1]) + 2
            if size >= chars:
                break
    text = "\n\n".join(pieces)[:chars]
    cut = text.rfind("\n\n")
    return text[:cut] if cut > 0 else text


def many_attributions(n: int) -> str:
    """n quoted attributions, three to a paragraph, from a handful of speakers, each saying
    something of its own (words drawn from the model's vocabulary, seeded): claims that all said
    the same would all be linked to each other, an output that grows as n²."""
    rng = random.Random(0)
    words = sorted(w for w in english_words() if w.isalpha() and 4 <= len(w) <= 9)
    sentences = [f"“The {rng.choice(words)} will {rng.choice(words)} {rng.choice(words)},” "
                 f"said {SPEAKERS[k % len(SPEAKERS)]}." for k in range(n)]
    return "\n\n".join(" ".join(sentences[k:k + 3]) for k in range(0, n, 3))


def _cpu(run) -> tuple[float, object]:
    start = time.process_time()
    result = run()
    return time.process_time() - start, result


def _cpu_and_wall(run) -> tuple[float, float, object]:
    start, wall = time.process_time(), time.perf_counter()
    result = run()
    return time.process_time() - start, time.perf_counter() - wall, result


def stage_seconds(engine: Engine, text: str) -> dict[str, float]:
    """CPU seconds of each stage on `text`: spaCy's components one by one over the text's
    windows in batches (a text without wraps, parsed as `parse_windows` parses it), then the stages after
    the parse in the order `Engine.analyze_doc` runs them, on a doc parsed apart."""
    out: dict[str, float] = {}
    copy = parse_copy(text)
    size = min(engine.settings.window_chars, engine.nlp.max_length)
    cuts = windows(copy, size, min(max(size, LONGEST_PARAGRAPH), engine.nlp.max_length))
    out["tokenizer"], docs = _cpu(lambda: [engine.nlp.make_doc(copy[start:end]) for start, end in cuts])
    for name, component in engine.nlp.pipeline:  # each over all the windows, in batches as `nlp.pipe` gives them
        if hasattr(component, "pipe"):
            out[name], docs = _cpu(lambda: list(component.pipe(docs, batch_size=WINDOW_BATCH)))
        else:
            out[name], docs = _cpu(lambda: [component(doc) for doc in docs])
    doc = parse_text(engine.nlp, text, engine.settings.window_chars)
    after = time.process_time()
    seconds, found = _cpu(lambda: run_extractors(doc, PROFILES[engine.profile]))
    out["extract"] = seconds
    seconds, (sources, attributions) = _cpu(lambda: resolve_sources(doc, found))
    out["resolve"] = seconds
    out["denials"], _ = _cpu(lambda: carry_denials(doc, sources, attributions))
    article = Article(text=text)
    out["analysis object"], analysis = _cpu(lambda: Analysis(
        ref=article.ref, text=text_of(doc), meta=article.meta.model_copy(deep=True), sources=sources,
        attributions=attributions))
    out["claims"], analysis.claims = _cpu(lambda: build_claims(doc, analysis))
    out["audit"], analysis.audit = _cpu(lambda: build_audit(analysis))
    out["after the parse"] = time.process_time() - after
    drop_scratch(doc)
    return {name: round(seconds, 3) for name, seconds in out.items()}


def measure(corpus: Path, small_kb: int, large_kb: int, stages: bool = False) -> dict:
    engine = Engine(settings=Settings.load(max_text_chars=10_000_000))
    engine.warm_up()  # as hosts do: lazy tables loaded, long-lived objects frozen
    engine.analyze(joined_articles(corpus, 5_000))  # and the caches a first real text fills
    rows = {}
    for name, kb in (("small", small_kb), ("large", large_kb)):
        text = joined_articles(corpus, kb * 1000)
        seconds, wall, analysis = _cpu_and_wall(lambda: engine.analyze(text))
        rows[name] = {"kb": round(len(text) / 1000, 1), "seconds": round(seconds, 2), "wall_seconds": round(wall, 2),
                      "seconds_per_kb": round(seconds / (len(text) / 1000), 4),
                      "attributions": len(analysis.attributions)}
    rows["per_kb_ratio"] = round(rows["large"]["seconds_per_kb"] / rows["small"]["seconds_per_kb"], 2)
    seconds, _ = _cpu(lambda: engine.analyze('"' * 10_000))
    rows["quotes_10000"] = {"seconds": round(seconds, 2)}
    text = many_attributions(4000)
    seconds, wall, analysis = _cpu_and_wall(lambda: engine.analyze(text))
    from sourcetrace.render.html import render_report
    render_seconds, _ = _cpu(lambda: render_report(analysis))
    rows["attributions_4000"] = {"kb": round(len(text) / 1000, 1), "seconds": round(seconds, 2),
                                 "wall_seconds": round(wall, 2), "attributions": len(analysis.attributions),
                                 "html_seconds": round(render_seconds, 2)}
    if stages:
        rows["attributions_4000"]["stages"] = stage_seconds(engine, text)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=POLNEAR)
    parser.add_argument("--small", type=int, default=50, help="KB")
    parser.add_argument("--large", type=int, default=1000, help="KB")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--stages", action="store_true", help="also the 4,000-attribution text's CPU s per stage")
    args = parser.parse_args(argv)
    rows = measure(args.corpus, args.small, args.large, args.stages)
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    for name in ("small", "large"):
        r = rows[name]
        print(f"{r['kb']:>7} KB joined articles: {r['seconds']:7.2f} s CPU, {r['seconds_per_kb'] * 1000:6.1f} ms/KB, "
              f"{r['attributions']} attributions")
    print(f"per-KB cost, large / small: {rows['per_kb_ratio']} (target ≤ 1.5)")
    print(f"10,000 consecutive \": {rows['quotes_10000']['seconds']} s (target < 2)")
    r = rows["attributions_4000"]
    print(f"{r['attributions']} attributions ({r['kb']} KB): {r['seconds']} s (target < 3), "
          f"{r['wall_seconds']} s wall, HTML report {r['html_seconds']} s")
    for stage, seconds in r.get("stages", {}).items():
        print(f"  {stage:>16}: {seconds:6.3f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
