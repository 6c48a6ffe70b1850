"""The story page: one claim cluster across outlets as a self-contained HTML file.

Same rules as the article report (render/html.py): every piece of article text and metadata goes through
Jinja's autoescaping, the page's only style is inline and allowed by its hash, and the Content-Security-Policy
allows nothing else — no script at all, no fetch, no frame. Mentions link to each article's report through
`href(ref)`: a sibling file name for the CLI, `/articles/{ref}` for the web app; a link that is not a plain
relative path or a path on this site is left out.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable
from urllib.parse import quote

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

from .html import _asset, _csp_hash

STANCE_LABEL = {"supports": "supports", "reports": "reports", "denies": "denies", "no_response": "no response",
                "rebuts": "rebuts"}
STANCE_ORDER = ("supports", "reports", "denies", "rebuts", "no_response")
_SAFE_HREF = re.compile(r"^(?:/(?!/)|\./|#|[A-Za-z0-9._-]+(?:$|[/?#]))")


def web_href(ref: str) -> str:
    """The web app's address of an article's report."""
    return "/articles/" + quote(ref, safe="")


def report_name(ref: str) -> str:
    """A file name for an article's report beside the story page (the CLI's links): the ref with anything but
    letters, digits, dots and dashes made an underscore, so no path, no scheme, no markup."""
    name = re.sub(r"[^A-Za-z0-9.-]+", "_", ref).strip("._") or "article"
    return name[:120] + ".html"


def _safe(href: str | None) -> str | None:
    """A relative link or one on this site: never a scheme (javascript:, data:, http:) or a protocol-relative //."""
    if not href or not _SAFE_HREF.match(href) or ":" in href.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]:
        return None
    return href


def render_story(story: dict, href: Callable[[str], str | None] = web_href) -> str:
    css = _asset("story.css")
    csp = ("default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; "
           f"style-src {_csp_hash(css)}; script-src 'none'")
    links = {m["ref"]: _safe(href(m["ref"])) for m in story["mentions"]}
    env = Environment(loader=DictLoader({"story.html.j2": _asset("story.html.j2")}),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    return env.get_template("story.html.j2").render(
        s=story, css=Markup(css), csp=Markup(csp), links=links, label=STANCE_LABEL,
        days=_days(story["mentions"]), who=_who(story["mentions"]), outlet_of=_outlets(story["mentions"]))


def write_story(story: dict, path, href: Callable[[str], str | None] = web_href) -> None:
    Path(path).write_text(render_story(story, href), encoding="utf-8")


def _days(mentions: list[dict]) -> list[tuple[str, list[dict]]]:
    days: dict[str, list[dict]] = {}
    for m in mentions:
        days.setdefault(m.get("published") or "undated", []).append(m)
    return list(days.items())


def _who(mentions: list[dict]) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """stance -> [(who, [refs])], in a fixed order, only the stances present."""
    out: dict[str, dict[str, list[str]]] = {}
    for m in mentions:
        who = m["by"] or "the outlet, in its own voice"
        refs = out.setdefault(m["stance"], {}).setdefault(who, [])
        if m["ref"] not in refs:
            refs.append(m["ref"])
    return [(s, list(out[s].items())) for s in STANCE_ORDER if s in out]


def _outlets(mentions: list[dict]) -> dict[str, str]:
    return {m["ref"]: m.get("outlet") or m["ref"] for m in mentions}
