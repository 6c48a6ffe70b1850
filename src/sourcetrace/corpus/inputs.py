"""The inputs of an ingest, as `Article | ArticleError` items, and how many there are when that is cheap to know."""
from __future__ import annotations

import os
from typing import Iterator

from sourcetrace.contract import Article, ArticleError
from sourcetrace.ingest import iter_inputs
from sourcetrace.ingest.files import input_kind, walk_directory


def iter_items(specs: list[str], max_bytes: int) -> Iterator[Article | ArticleError]:
    """Folders, files, .jsonl, .warc(.gz), @URL-lists and URLs, through ingest's readers."""
    return iter_inputs(specs, max_bytes=max_bytes)


def count_items(specs: list[str]) -> int | None:
    """The number of items, for a progress bar's ETA; None when only reading them all would tell (WARC, URL lists)."""
    total = 0
    for spec in specs:
        if spec.startswith("@"):
            return None
        if os.path.isdir(spec):
            entries = [e if isinstance(e, tuple) else (e.ref, "error") for e in walk_directory(spec)]
        else:
            entries = [(spec, input_kind(os.path.basename(spec)) or "text")]
        for path, kind in entries:
            if kind == "warc":
                return None
            total += _lines(path) if kind == "jsonl" else 1
    return total


def _lines(path: str) -> int:
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1
