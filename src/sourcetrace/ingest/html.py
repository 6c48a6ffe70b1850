"""HTML pages: main text and metadata through trafilatura."""
from __future__ import annotations

import re
from datetime import date

import trafilatura

from sourcetrace.contract import Meta

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article)", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:1000]))


def extract_html(html: str, notes: list[str] | None = None, url: str | None = None) -> tuple[str, Meta]:
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         include_tables=False)
    doc = result.as_dict() if hasattr(result, "as_dict") else result
    notes = list(notes or [])
    if not doc or not (doc.get("text") or "").strip():
        return "", Meta(notes=notes + ["HTML page: no main text found"])
    title = doc.get("title")
    body = doc["text"]
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    meta = Meta(title=title, date=iso_date(doc.get("date")), author=doc.get("author"),
                outlet=doc.get("sitename"), url=doc.get("url") or url, notes=notes)
    return text, meta


def iso_date(value: str | None) -> str | None:
    """The publication date as ISO YYYY-MM-DD (claims resolve "last year" against it), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        return None
