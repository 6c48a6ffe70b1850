"""The inputs of an ingest, as `Article | ArticleError` items.

Uses `sourcetrace.ingest.iter_inputs` (dirs, .jsonl, .warc, URL lists, URLs, files) when the
installed ingest layer has it; otherwise reads files and directories one by one.
"""
from __future__ import annotations

from typing import Iterator

from sourcetrace.contract import Article, ArticleError


def iter_items(specs: list[str], max_bytes: int) -> Iterator[Article | ArticleError]:
    try:
        from sourcetrace.ingest import iter_inputs
    except ImportError:
        yield from _files(specs, max_bytes)
        return
    yield from iter_inputs(specs, max_bytes=max_bytes)


def _files(specs: list[str], max_bytes: int) -> Iterator[Article | ArticleError]:
    from sourcetrace.ingest import InputError, expand_inputs, read_input
    for name in expand_inputs(specs):
        try:
            read = read_input(name, max_bytes)
        except InputError as error:
            yield ArticleError(ref=name, reason="bad_input", message=str(error))
            continue
        yield Article(ref=name, text=read.text, meta=read.meta)


def count_items(specs: list[str]) -> int | None:
    """How many items the specs hold, when that is cheap to know (for a progress bar's ETA)."""
    from pathlib import Path

    from sourcetrace.ingest import expand_inputs
    total = 0
    for name in expand_inputs(specs):
        path = Path(name)
        lower = name.lower()
        if lower.startswith(("http://", "https://")) or name == "-":
            total += 1
        elif lower.endswith((".warc", ".warc.gz", ".urls", ".txt.urls")):
            return None
        elif lower.endswith(".jsonl"):
            try:
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total
