"""The single-input API the `analyze` CLI uses: `read_input` raises a one-line `InputError`.
Batches should use `sources.iter_inputs`, which never raises for an item."""
from __future__ import annotations

import os
import sys

from sourcetrace.contract import Article, ArticleError
from sourcetrace.settings import MAX_INPUT_BYTES
from .article import article_from_bytes
from .errors import InputError
from .files import TEXT_SUFFIXES, read_file, walk_directory
from .sources import STDIN_REF
from .urls import is_url, read_url


def read_bytes(data: bytes, name: str, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    return article_from_bytes(data, name, max_bytes=max_bytes)


def read_input(name: str, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    """A path, an http(s) URL, or standard input for `-`, read as one article."""
    if name == "-":
        return read_bytes(sys.stdin.buffer.read(max_bytes + 1), STDIN_REF, max_bytes)
    if is_url(name):
        return read_url(name, max_bytes=max_bytes)
    return read_file(name, max_bytes=max_bytes)


def expand_inputs(names: list[str]) -> list[str]:
    """Names as given; directories walked in name order for their input files (text, HTML,
    JSON Lines, WARC), plus every entry that cannot be read (so that `read_input` reports it
    instead of it vanishing). `sources.iter_inputs` reads each by kind; `read_input` reads
    any path as one text."""
    out: list[str] = []
    for name in names:
        if name != "-" and not is_url(name) and os.path.isdir(name):
            for entry in walk_directory(name):
                if isinstance(entry, ArticleError):
                    out.append(entry.ref)
                else:
                    out.append(entry[0])
        else:
            out.append(name)
    return out


__all__ = ["InputError", "TEXT_SUFFIXES", "expand_inputs", "read_bytes", "read_input"]
