"""JSON Lines: one article a line, streamed. Fields: `id`, `url`, `outlet`, `published`,
`title`, `author`, and `text` or `html`; any other field is kept in `meta.extra`. A bad line is
an ArticleError naming its line number, and the file goes on."""
from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterator
from typing import IO

from sourcetrace.contract import Article, ArticleError, Meta
from .article import article_from_text
from .decode import clean_text
from .errors import InputError, error, safe_ref
from .files import open_regular
from .html import iso_date

_META_FIELDS = {"url": "url", "outlet": "outlet", "title": "title", "author": "author"}
_KNOWN = {"id", "text", "html", "published", *_META_FIELDS}
# JSON escapes can take six bytes for one character; a line this long cannot hold a text
# under the limit, so it is refused without being parsed.
_SLACK = 1 << 20


def iter_jsonl(path: str, *, max_bytes: int) -> Iterator[Article | ArticleError]:
    """One Article or ArticleError per non-blank line of a .jsonl or .jsonl.gz file."""
    name = safe_ref(path)
    try:
        fd = open_regular(path, name)
    except InputError as err:
        yield err.to_error()
        return
    raw = os.fdopen(fd, "rb")
    gzipped = raw.read(2) == b"\x1f\x8b"  # by content, not by name
    raw.seek(0)
    stream: IO[bytes] = gzip.GzipFile(fileobj=raw) if gzipped else raw
    limit = 6 * max_bytes + _SLACK
    number = 0
    try:
        with raw, stream:
            while True:
                try:
                    line = stream.readline(limit + 1)
                except (OSError, EOFError, zlib.error) as err:
                    yield error(f"{name}:{number + 1}", "unreadable",
                                f"line {number + 1}: file is corrupt or cut short; reading stopped ({_why(err)})")
                    return
                if not line:
                    return
                number += 1
                if len(line) > limit and not line.endswith(b"\n"):
                    yield error(f"{name}:{number}", "too_large", f"line {number} is over {limit:,} bytes")
                    if not _skip_rest_of_line(stream, limit):
                        return
                    continue
                if line.strip():
                    yield _parse_line(line, name, number, max_bytes)
    except (OSError, EOFError, zlib.error) as err:
        yield error(name, "unreadable", f"cannot read ({_why(err)})")


def _why(err: BaseException) -> str:
    return getattr(err, "strerror", None) or str(err) or type(err).__name__


def _skip_rest_of_line(stream: IO[bytes], chunk: int) -> bool:
    """Read past the end of an over-long line; False at the end of the file."""
    while True:
        part = stream.readline(chunk)
        if not part:
            return False
        if part.endswith(b"\n"):
            return True


def _parse_line(line: bytes, name: str, number: int, max_bytes: int) -> Article | ArticleError:
    where = f"{name}:{number}"
    try:
        record = json.loads(line)
    except (UnicodeDecodeError, ValueError) as err:
        return error(where, "bad_json", f"line {number}: not valid JSON ({err})")
    except RecursionError:
        return error(where, "bad_json", f"line {number}: JSON nested too deep")
    if not isinstance(record, dict):
        return error(where, "bad_json", f"line {number}: a JSON {type(record).__name__}, not an object")
    try:
        return _record_article(record, where, number, max_bytes)
    except InputError as err:
        return err.to_error()


def _clean_json(value):
    """Strings inside extra fields without lone surrogates (JSON escapes can make them)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean_json(v) for v in value]
    if isinstance(value, dict):
        return {clean_text(k): _clean_json(v) for k, v in value.items()}
    return value


def _record_article(record: dict, where: str, number: int, max_bytes: int) -> Article:
    for key in ("id", *_META_FIELDS, "published", "text", "html"):
        value = record.get(key)
        if value is not None and not isinstance(value, str) and not (key == "id" and isinstance(value, int)):
            raise InputError(where, f"line {number}: field {key!r} must be a string", "bad_input")
    ref = str(record["id"]) if record.get("id") is not None else record.get("url") or where
    notes = []
    date = iso_date(record.get("published"))
    if record.get("published") and date is None:
        notes.append(f"line {number}: published {record['published'][:40]!r} is not an ISO date; ignored")
    text, html = record.get("text"), record.get("html")
    if text and html:
        notes.append("both text and html given: the text was used")
    if not (text or html):
        raise InputError(ref, f"line {number}: no text or html field", "empty")
    extra = {clean_text(k): _clean_json(v) for k, v in record.items() if k not in _KNOWN}
    meta = Meta(date=date, notes=notes, extra=extra,
                **{field: record.get(key) for key, field in _META_FIELDS.items()})
    try:
        return article_from_text(text or html, ref, max_bytes=max_bytes, meta=meta, html=not text)
    except InputError as err:
        raise InputError(ref, f"line {number}: {err.message}", err.reason) from None
