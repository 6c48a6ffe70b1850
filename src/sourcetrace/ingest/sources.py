"""One entry point for every kind of input: each item ends as exactly one Article or one
ArticleError, in the order given.

A spec is, in this order of checks:
  `-`             standard input (one article)
  `@FILE`         a URL list: one http(s) URL a line, `#` comments (the corpus CLI's `-i FILE`
                  is `iter_url_list(FILE)`, the same thing); a file whose name starts with @ is `./@name`
  `http(s)://…`   one web page; any other `scheme://` is refused
  a directory     walked in name order: text/HTML files, .jsonl(.gz) and .warc(.gz) files by kind
  `*.jsonl`, `*.jsonl.gz`, `*.ndjson`   JSON Lines, one article a line
  `*.warc`, `*.warc.gz`                 a web archive, one article per HTML response
  any other file  text or HTML, whatever its name
"""
from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterator, Mapping

from sourcetrace.contract import Article, ArticleError, Meta
from .article import article_from_bytes
from .errors import InputError, safe_ref
from .fetch import DEADLINE_S
from .files import input_kind, read_file, stat_error, walk_directory
from .html import iso_date
from .jsonl import iter_jsonl
from .metadata import clean_meta
from .urls import is_url, iter_url_list, read_url
from .warc import iter_warc

STDIN_REF = "<stdin>"
OVERRIDE_FIELDS = ("url", "outlet", "published", "title", "author")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def iter_inputs(specs: list[str], *, max_bytes: int, meta_overrides: Mapping[str, str | None] | None = None,
                deadline_s: float = DEADLINE_S, public_only: bool = False) -> Iterator[Article | ArticleError]:
    """Articles and errors for every item of every spec. `meta_overrides` (keys url, outlet,
    published, title, author; None values ignored) win over what the inputs say; a bad
    `published` raises InputError before anything is read."""
    overrides = override_meta(meta_overrides)
    for spec in specs:
        for item in _expand(spec, max_bytes, deadline_s, public_only):
            yield apply_overrides(item, overrides) if isinstance(item, Article) else item


def override_meta(overrides: Mapping[str, str | None] | None) -> Meta | None:
    """The overrides as a Meta (published → date as YYYY-MM-DD); InputError on unknown keys or a bad date."""
    values = {k: v for k, v in (overrides or {}).items() if v is not None}
    unknown = set(values) - set(OVERRIDE_FIELDS)
    if unknown:
        raise InputError("--" + sorted(unknown)[0], "not a metadata field one can set", "bad_input")
    if not values:
        return None
    published = values.pop("published", None)
    date = iso_date(published) if published else None
    if published and date is None:
        raise InputError("--published", f"{published[:40]!r} is not an ISO date (YYYY-MM-DD)", "bad_input")
    return Meta(date=date, **values)


def apply_overrides(article: Article, overrides: Meta | Mapping[str, str | None] | None) -> Article:
    """The article with the given metadata in place of its own, judged like any metadata."""
    meta = overrides if isinstance(overrides, Meta) or overrides is None else override_meta(overrides)
    if meta is None:
        return article
    update = meta.model_dump(exclude={"notes", "extra", "language"}, exclude_none=True)
    merged = clean_meta(article.meta.model_copy(update=update))
    return article.model_copy(update={"meta": merged})


def _expand(spec: str, max_bytes: int, deadline_s: float, public_only: bool) -> Iterator[Article | ArticleError]:
    if spec == "-":
        yield _one(lambda: article_from_bytes(sys.stdin.buffer.read(max_bytes + 1), STDIN_REF, max_bytes=max_bytes))
    elif spec.startswith("@"):
        yield from iter_url_list(spec[1:], max_bytes=max_bytes, deadline_s=deadline_s, public_only=public_only)
    elif is_url(spec):
        yield _one(lambda: read_url(spec, max_bytes=max_bytes, deadline_s=deadline_s, public_only=public_only))
    elif _SCHEME.match(spec):
        yield InputError(spec, f"{spec.split(':', 1)[0]}:// URLs are not fetched; only http and https",
                         "bad_url").to_error()
    else:
        try:
            mode = os.stat(spec).st_mode
        except OSError as err:
            yield stat_error(safe_ref(spec), err).to_error()
            return
        if stat.S_ISDIR(mode):
            for entry in walk_directory(spec):
                if isinstance(entry, ArticleError):
                    yield entry
                else:
                    yield from _read_path(*entry, max_bytes=max_bytes)
        else:
            yield from _read_path(spec, input_kind(os.path.basename(spec)) or "text", max_bytes=max_bytes)


def _read_path(path: str, kind: str, *, max_bytes: int) -> Iterator[Article | ArticleError]:
    if kind == "jsonl":
        yield from iter_jsonl(path, max_bytes=max_bytes)
    elif kind == "warc":
        yield from iter_warc(path, max_bytes=max_bytes)
    else:
        yield _one(lambda: read_file(path, max_bytes=max_bytes))


def _one(read) -> Article | ArticleError:
    try:
        return read()
    except InputError as err:
        return err.to_error()
