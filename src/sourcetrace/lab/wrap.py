"""Line wrapping as mail, terminals and old archives do it, for robustness checks.

`wrap_text` breaks every line of a text at `width` columns between words. Soft wrapping
(format=flowed) leaves the space before each break, hard wrapping drops it; `crlf` ends lines
with CR LF. Paragraph breaks and the words themselves are kept.
"""
from __future__ import annotations

import json
import re

WORD = re.compile(r"[^ ]+ *")  # mail wraps at spaces: never at a no-break space


def wrap_line(line: str, width: int, soft: bool) -> list[str]:
    """One line as wrapped lines; a word longer than `width` stands alone on its line."""
    out, current = [], ""
    for word in WORD.findall(line):
        if current and len(current) + len(word.rstrip()) > width:
            out.append(current if soft else current.rstrip(" "))
            current = ""
        current += word
    out.append(current)
    return out


def wrap_text(text: str, width: int = 72, soft: bool = True, crlf: bool = False) -> str:
    lines = [piece for line in text.split("\n") for piece in wrap_line(line, width, soft)]
    return ("\r\n" if crlf else "\n").join(lines)


# ---- how much of an analysis survives wrapping ----

VARIANTS = {
    "soft72": lambda text: wrap_text(text, 72, soft=True),
    "hard72": lambda text: wrap_text(text, 72, soft=False),
    "crlf": lambda text: text.replace("\n", "\r\n"),
}


def _ink(text: str) -> list[int]:
    """For each offset, how many non-space characters come before it: wrapping changes only
    whitespace, so these counts line up an original text with its wrapped version."""
    out, count = [], 0
    for ch in text:
        out.append(count)
        count += not ch.isspace()
    out.append(count)
    return out


def _marks(analysis) -> list[tuple[tuple[int, int] | None, tuple[int, int]]]:
    ink = _ink(analysis.text)
    return [((ink[a.cue.start], ink[a.cue.end]) if a.cue else None, (ink[a.content.start], ink[a.content.end]))
            for a in analysis.attributions]


def kept(original, wrapped) -> tuple[int, int]:
    """(exactly, roughly): the original's attributions the wrapped analysis has again, with the
    same cue and content, or the same cue and a content that overlaps."""
    theirs = _marks(wrapped)
    exact = set(theirs)
    exactly = roughly = 0
    for cue, content in _marks(original):
        exactly += (cue, content) in exact
        roughly += any(c == cue and s < content[1] and content[0] < e for c, (s, e) in theirs)
    return exactly, roughly


def compare(texts: list[str], engine=None, every: int = 0) -> dict:
    """Each variant's errors and the share of the original attributions it keeps; with `every`,
    the figures so far are printed after each `every` articles."""
    from sourcetrace.engine.engine import Engine
    engine = engine or Engine()
    counts = {name: [0, 0, 0] for name in VARIANTS}  # errors, kept exactly, kept
    total = 0
    for n, text in enumerate(texts, 1):
        original = engine.analyze(text)
        total += len(original.attributions)
        for name, variant in VARIANTS.items():
            try:
                wrapped = engine.analyze(variant(text))
            except Exception:  # noqa: BLE001 — counted: the check is that there are none
                counts[name][0] += 1
                continue
            exactly, roughly = kept(original, wrapped)
            counts[name][1] += exactly
            counts[name][2] += roughly
        if every and n % every == 0:
            print(json.dumps(_figures(n, total, counts)), flush=True)
    return _figures(len(texts), total, counts)


def _figures(articles: int, total: int, counts: dict) -> dict:
    out = {"articles": articles, "attributions": total}
    for name, (errors, exactly, roughly) in counts.items():
        out[name] = {"errors": errors, "kept_exact": exactly, "kept": roughly,
                     "kept_exact_pct": round(100 * exactly / max(total, 1), 1),
                     "kept_pct": round(100 * roughly / max(total, 1), 1)}
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(description="Analyse articles as written and wrapped; compare.")
    parser.add_argument("dirs", nargs="+", type=Path, help="folders of .txt articles (or with a text/ folder)")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--shard", default="0/1", help="K/N: only every Nth article from the Kth (runs side by side)")
    args = parser.parse_args(argv)
    k, n = (int(x) for x in args.shard.split("/"))
    paths = [p for d in args.dirs for p in sorted(((d / "text") if (d / "text").is_dir() else d).glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in paths[:args.limit][k::n]]
    print(json.dumps(compare(texts, every=10)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
