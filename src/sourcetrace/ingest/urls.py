"""Web pages by URL, one or a list of them (one URL a line, `#` comments and blank lines skipped)."""
from __future__ import annotations

import os
import ssl
from collections.abc import Iterator

from sourcetrace.contract import Article, ArticleError, Meta
from .article import HTML_TYPES, article_from_bytes, media_type
from .errors import InputError, error, safe_ref
from .fetch import DEADLINE_S, fetch
from .files import open_regular

URL_SCHEMES = ("http://", "https://")
_PAGE_TYPES = (*HTML_TYPES, "text/plain")
# One URL a line: a longer line is not a URL anyone meant.
MAX_LINE = 8192


def is_url(spec: str) -> bool:
    return spec.lower().startswith(URL_SCHEMES)


def read_url(url: str, *, max_bytes: int, deadline_s: float = DEADLINE_S, public_only: bool = False,
             meta: Meta | None = None, tls: ssl.SSLContext | None = None) -> Article:
    """The page at `url` as an Article (ref = the URL as given, meta.url = where it ended up)."""
    page = fetch(url, max_bytes=max_bytes, deadline_s=deadline_s, public_only=public_only, tls=tls)
    kind, _ = media_type(page.content_type)
    if kind is not None and kind not in _PAGE_TYPES:
        raise InputError(url, f"content type {kind}, not a web page", "not_html")
    notes = [f"redirected to {page.url}"] if page.redirects else []
    given = (meta or Meta()).model_copy()
    given.url = given.url or page.url
    given.notes = notes + given.notes
    return article_from_bytes(page.body, url, max_bytes=max_bytes, meta=given, content_type=page.content_type)


def iter_url_list(path: str, *, max_bytes: int, deadline_s: float = DEADLINE_S,
                  public_only: bool = False) -> Iterator[Article | ArticleError]:
    """Every URL in a list file, fetched in order, each an Article or an ArticleError."""
    name = safe_ref(path)
    try:
        fd = open_regular(path, name)
    except InputError as err:
        yield err.to_error()
        return
    with os.fdopen(fd, "rb") as fh:
        for number, raw in enumerate(iter(lambda: fh.readline(MAX_LINE + 1), b""), start=1):
            line = raw.decode("utf-8", errors="replace").strip().lstrip("\ufeff")
            if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
                yield error(f"{name}:{number}", "bad_url", f"line {number} is over {MAX_LINE} bytes, not a URL")
                while (rest := fh.readline(MAX_LINE)) and not rest.endswith(b"\n"):
                    pass
                continue
            if not line or line.startswith("#"):
                continue
            if not is_url(line):
                yield error(f"{name}:{number}", "bad_url", f"line {number}: {line[:80]!r} is not an http(s) URL")
                continue
            try:
                yield read_url(line, max_bytes=max_bytes, deadline_s=deadline_s, public_only=public_only)
            except InputError as err:
                yield err.to_error()
