"""The one path every reader takes from raw input to an `Article`: size, binary and empty
checks, decoding, HTML extraction, metadata judged, language detected."""
from __future__ import annotations

import re
from email.message import Message

from sourcetrace.contract import Article, Meta
from .decode import clean_text, decode_bytes, looks_binary, split_bom
from .errors import InputError
from .html import extract_html, looks_like_html
from .language import detect_language
from .metadata import clean_meta

HTML_TYPES = ("text/html", "application/xhtml+xml")
# A page's own <meta charset>, used only when its bytes are not UTF-8.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})""", re.I)


def media_type(content_type: str | None) -> tuple[str | None, str | None]:
    """("text/html", "utf-8") from a Content-Type header; (None, None) when absent."""
    if not content_type:
        return None, None
    header = Message()
    header["content-type"] = content_type
    return header.get_content_type(), header.get_param("charset")


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def article_from_bytes(data: bytes, ref: str, *, max_bytes: int, meta: Meta | None = None,
                       content_type: str | None = None, fallback_date: str | None = None) -> Article:
    """Raise `InputError` (too_large, binary, empty) or return the article; `meta`'s fields win
    over what a page says about itself, `fallback_date` is used when neither has a date."""
    if len(data) > max_bytes:
        raise InputError(ref, f"{len(data):,} bytes is over the {max_bytes:,}-byte limit (--max-bytes)",
                         "too_large")
    kind, charset = media_type(content_type)
    bom, body = split_bom(data)
    if bom is None and looks_binary(body):
        raise InputError(ref, "looks like binary data, not text", "binary")
    text, notes = decode_bytes(data, declared=charset or _meta_charset(body))
    html = True if kind in HTML_TYPES else None
    return _finish(text, ref, notes, meta, html, fallback_date)


def article_from_text(text: str, ref: str, *, max_bytes: int, meta: Meta | None = None, html: bool | None = None,
                      fallback_date: str | None = None) -> Article:
    """As `article_from_bytes`, for text that arrived as a string (a JSON field, say)."""
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > max_bytes:
        raise InputError(ref, f"{size:,} bytes is over the {max_bytes:,}-byte limit (--max-bytes)", "too_large")
    return _finish(text, ref, [], meta, html, fallback_date)


def _finish(text: str, ref: str, notes: list[str], given: Meta | None, html: bool | None,
            fallback_date: str | None) -> Article:
    text = clean_text(text, notes)
    if not text.strip():
        raise InputError(ref, "empty input, nothing to analyse", "empty")
    found = Meta(notes=notes)
    if html or (html is None and looks_like_html(text)):
        text, found = extract_html(text, notes, url=given.url if given else None)
        text = clean_text(text)
        if not text.strip():
            raise InputError(ref, "HTML page with no text in it", "empty")
    meta = _merge(found, given)
    if meta.date is None and fallback_date:
        meta = meta.model_copy(update={"date": fallback_date})
    meta = clean_meta(meta)
    meta.language = detect_language(text)
    return Article(ref=ref, text=text, meta=meta)


def _merge(found: Meta, given: Meta | None) -> Meta:
    if given is None:
        return found
    update = {name: value for name, value in given.model_dump(exclude={"notes", "extra"}).items()
              if value is not None}
    return found.model_copy(update={**update, "notes": found.notes + given.notes,
                                    "extra": {**found.extra, **given.extra}})
