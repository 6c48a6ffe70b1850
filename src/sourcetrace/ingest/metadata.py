"""Untrusted metadata made safe and plausible: placeholders and site names dropped, "By …"
prefixes cut, over-long fields capped, each change said in `meta.notes`. The rules are data
(`metadata_rules.json`), not special cases."""
from __future__ import annotations

import json
import re
from datetime import date, timedelta
from functools import lru_cache
from importlib.resources import files
from urllib.parse import urlsplit

from sourcetrace.contract import Meta
from .decode import clean_text
from .html import iso_date

_WHITESPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[\W_]+")
_LANGUAGE = re.compile(r"^[a-z]{2}$")


@lru_cache(maxsize=1)
def rules() -> dict:
    return json.loads((files("sourcetrace.ingest") / "metadata_rules.json").read_text(encoding="utf-8"))


def clean_meta(meta: Meta, today: date | None = None) -> Meta:
    """A copy of `meta` with every field one clean line, judged against the rules."""
    r = rules()
    notes = list(meta.notes)
    fields = {name: _one_line(getattr(meta, name)) for name in ("title", "author", "outlet", "url", "date")}
    for name in ("title", "author", "outlet"):
        fields[name] = _cap(name, fields[name], r["max_chars"][name], notes)
    outlet = fields["outlet"]
    fields["title"] = _judge_title(fields["title"], outlet, r, notes)
    fields["author"] = _judge_author(fields["author"], outlet, r, notes)
    fields["url"] = _judge_url(fields["url"], r, notes)
    fields["date"] = _judge_date(fields["date"], r, today or date.today(), notes)
    language = meta.language if meta.language and _LANGUAGE.match(meta.language) else None
    return meta.model_copy(update={**fields, "language": language, "notes": notes})


def _one_line(value: str | None) -> str | None:
    if value is None:
        return None
    value = _WHITESPACE.sub(" ", clean_text(str(value))).strip()
    return value or None


def _cap(name: str, value: str | None, limit: int, notes: list[str]) -> str | None:
    if value is None or len(value) <= limit:
        return value
    notes.append(f"{name} was {len(value):,} characters; cut to {limit}")
    return value[:limit - 1].rstrip() + "…"


def _key(value: str) -> str:
    return _PUNCT.sub(" ", value.casefold()).strip()


def _shown(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:59] + "…")


def _judge_title(title: str | None, outlet: str | None, r: dict, notes: list[str]) -> str | None:
    if title is None:
        return None
    if title.casefold() in r["placeholder_titles"]:
        notes.append(f"title {_shown(title)} looks like a placeholder; dropped")
        return None
    if outlet and _key(title) == _key(outlet):
        notes.append(f"title {_shown(title)} is just the site name; dropped")
        return None
    if outlet:
        for separator in r["title_separators"]:
            head, sep, tail = title.rpartition(separator)
            if sep and head.strip() and _key(tail) == _key(outlet):
                return head.strip()
    return title


def _judge_author(author: str | None, outlet: str | None, r: dict, notes: list[str]) -> str | None:
    if author is None:
        return None
    for prefix in r["author_prefixes"]:
        if author.casefold().startswith(prefix + " ") or author.casefold().startswith(prefix + ":"):
            author = author[len(prefix) + 1:].lstrip(" :") or None
            break
    if author is None:
        return None
    if author.casefold() in r["placeholder_authors"]:
        notes.append(f"author {_shown(author)} looks like a placeholder; dropped")
        return None
    if outlet and _key(author) == _key(outlet):
        notes.append(f"author {_shown(author)} is the outlet's name; dropped")
        return None
    return author


def _judge_url(url: str | None, r: dict, notes: list[str]) -> str | None:
    if url is None:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        notes.append(f"url {_shown(url)} is not an http(s) address; dropped")
        return None
    if len(url) > r["max_chars"]["url"]:
        notes.append(f"url was {len(url):,} characters; dropped")
        return None
    return url


def _judge_date(value: str | None, r: dict, today: date, notes: list[str]) -> str | None:
    if value is None:
        return None
    iso = iso_date(value)
    if iso is None:
        notes.append(f"date {_shown(value)} is not an ISO date; dropped")
        return None
    day = date.fromisoformat(iso)
    if day.year < r["min_year"] or day > today + timedelta(days=r["max_days_ahead"]):
        notes.append(f"date {iso} is implausible for a publication date; dropped")
        return None
    return iso
