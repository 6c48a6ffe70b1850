"""HTML pages: main text and metadata through trafilatura, with a plain-text fallback.

The page is untrusted: data: URIs are removed before trafilatura and htmldate see it (a base64
image can hold digits that look like a date), and a page trafilatura cannot read (lxml stops
at about 255 nested elements) falls back to all of its text rather than to nothing.
"""
from __future__ import annotations

import re

import trafilatura

from sourcetrace.contract import Meta, parse_iso_date
from .htmltext import nesting_depth, page_text

_HTML_START = re.compile(r"^\s*(<\?xml[^>]{0,200}>\s*)?(<!--.{0,500}?-->\s*)*"
                         r"(<!doctype html|<html|<head|<body|<article|<meta|<title)", re.I | re.S)
# A data: URI up to where an attribute value, a CSS url() or a tag ends.
_DATA_URI = re.compile(r"""\bdata:[^,"'\s>]{0,256},[^"'\s>)]*""", re.I)
# lxml (under trafilatura) stops reading at about this depth; deeper pages lose text silently.
MAX_PARSED_DEPTH = 250


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2000]))


def strip_data_uris(html: str) -> str:
    return _DATA_URI.sub("", html)


def extract_html(html: str, notes: list[str] | None = None, url: str | None = None) -> tuple[str, Meta]:
    """The page's main text (title first) and its metadata as found; `clean_meta` judges it."""
    notes = list(notes or [])
    html = strip_data_uris(html)
    depth = nesting_depth(html)
    if depth > MAX_PARSED_DEPTH:
        title, body = page_text(html)
        notes.append(f"HTML nested {depth} elements deep, too deep for main-text extraction; used all of "
                     "the page's text")
        return _with_title(title, body), Meta(title=title, url=url, notes=notes)
    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                             include_tables=False)
    except Exception as error:  # a parser fault on one hostile page must not end a batch
        result = None
        notes.append(f"HTML main-text extraction failed ({type(error).__name__})")
    doc = (result.as_dict() if hasattr(result, "as_dict") else result) or {}
    body = (doc.get("text") or "").strip()
    if not body:
        title, body = page_text(html)
        if body:
            notes.append("HTML page: no main text found; used all of the page's text")
        return _with_title(title, body), Meta(title=title, url=url, notes=notes)
    title = doc.get("title")
    meta = Meta(title=title, date=iso_date(doc.get("date")), author=doc.get("author"),
                outlet=doc.get("sitename"), url=doc.get("url") or url, notes=notes)
    return _with_title(title, body), meta


def _with_title(title: str | None, body: str) -> str:
    return f"{title}\n\n{body}" if title and body and not body.startswith(title) else body


def iso_date(value: object) -> str | None:
    """A date or date-time as ISO YYYY-MM-DD (claims resolve "last year" against it), or None."""
    parsed = parse_iso_date(value)
    return parsed.isoformat() if parsed else None