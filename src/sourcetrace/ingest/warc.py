"""WARC and WARC.gz archives (warcio): each HTML response or resource record is one article,
with the record's target URI as ref and URL and its WARC-Date when the page has no date.
Records of other types (request, metadata, warcinfo, revisit, …) are not articles and are passed
over; a non-HTML response is an ArticleError `not_html`. A corrupt or cut-short archive gives
one ArticleError and the rest of that file is not read."""
from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from sourcetrace.contract import Article, ArticleError, Meta
from .article import HTML_TYPES, article_from_bytes, media_type
from .errors import InputError, error, one_line, safe_ref
from .files import open_regular
from .html import iso_date

ARTICLE_RECORDS = ("response", "resource")


def iter_warc(path: str, *, max_bytes: int) -> Iterator[Article | ArticleError]:
    name = safe_ref(path)
    try:
        fd = open_regular(path, name)
    except InputError as err:
        yield err.to_error()
        return
    number = 0
    with os.fdopen(fd, "rb") as raw, _decompressed(raw) as fh:
        records = ArchiveIterator(fh)
        while True:
            number += 1
            try:
                record = next(records, None)
                if record is None:
                    _check_complete(records, fh)
                    return
                item = _record_article(record, name, number, max_bytes) \
                    if record.rec_type in ARTICLE_RECORDS else None
                _drain(record)
            # warcio reports damage through many exception types (its own, zlib's, EOFError,
            # ValueError…); any of them ends this file with one line, never a traceback.
            except Exception as err:  # noqa: BLE001
                yield error(f"{name}#{number}", "bad_warc",
                            f"archive is corrupt or cut short at record {number}; reading stopped "
                            f"({one_line(str(err)) or type(err).__name__})")
                return
            if item is not None:
                yield item


class CutShort(Exception):
    """A gzip stream that ends mid-member (warcio would take the EOFError for a clean end)."""


class _StrictGzip(gzip.GzipFile):
    def read(self, size=-1):
        # read1: hand back what was decompressed before the cut instead of losing it.
        try:
            return super().read1(size) if size and size > 0 else super().read(size)
        except EOFError as err:
            raise CutShort(f"gzip stream cut short ({err})") from None

    def readline(self, size=-1):
        try:
            return super().readline(size)
        except EOFError as err:
            raise CutShort(f"gzip stream cut short ({err})") from None


def _decompressed(raw: BinaryIO) -> BinaryIO:
    """Python's gzip reader, which (unlike warcio's) notices a stream cut short."""
    magic = raw.read(2)
    raw.seek(0)
    return _StrictGzip(fileobj=raw) if magic == b"\x1f\x8b" else raw


def _drain(record) -> None:
    """Read what is left of the record; warcio hands back a cut-short record without complaint."""
    if record.rec_headers.get_header("Content-Length") is None:
        raise ValueError("a record header is cut short or has no Content-Length")
    stream = record.raw_stream
    while stream.read(1 << 16):
        pass
    if getattr(stream, "limit", 0) > 0:
        raise ValueError(f"the record ends {stream.limit:,} bytes before its Content-Length")


def _check_complete(records: ArchiveIterator, fh: BinaryIO) -> None:
    """Bytes after the last whole record are a record warcio could not parse."""
    end = getattr(records, "offset", None)
    if end is not None and fh.tell() > end:
        raise ValueError(f"{fh.tell() - end:,} bytes after the last whole record are not a record")


def _record_article(record, name: str, number: int, max_bytes: int) -> Article | ArticleError:
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI")
    ref = uri or f"{name}#{number}"
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        content_type = record.http_headers.get_header("Content-Type")
        if not str(status).startswith("2"):
            return error(ref, "http_status", f"HTTP status {status}, not a page")
    else:
        content_type = headers.get_header("Content-Type")
    kind, _ = media_type(content_type)
    if kind not in HTML_TYPES:
        return error(ref, "not_html", f"content type {kind or 'unknown'}, not an HTML page")
    data = record.content_stream().read(max_bytes + 1)
    if len(data) <= max_bytes:
        _drain(record)  # a cut-short page is damage, not an article
    try:
        return article_from_bytes(data, ref, max_bytes=max_bytes, meta=Meta(url=uri), content_type=content_type,
                                  fallback_date=iso_date(headers.get_header("WARC-Date")))
    except InputError as err:
        return err.to_error()
