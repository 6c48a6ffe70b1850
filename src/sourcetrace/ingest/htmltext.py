"""All of a page's text, in time linear in its size however it is nested or broken.

The fallback for pages trafilatura cannot read: lxml gives up past about 255 nested elements
(2048 with huge_tree), and the standard library's HTMLParser turns quadratic on unclosed
comments, so neither can take a hostile page. Here every scan moves forward only: comments and
script-like elements are cut with `str.find`, and tags are matched by a pattern that cannot
run past the next `<`.
"""
from __future__ import annotations

import html
import re

# Tag names are ASCII; `[^<>]*` stops at the next bracket, so no two matches scan the same text.
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})[^<>]*>|<[!?/][^<>]*>")
_TITLE = re.compile(r"<title\b[^<>]*>([^<]{0,2000})", re.I)
_SKIPPED_NAMES = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object")
_SKIPPED_OPEN = re.compile(rf"<({'|'.join(_SKIPPED_NAMES)})\b[^<>]*>", re.I)
_SKIPPED_CLOSE = {name: re.compile(rf"</{name}\b", re.I) for name in _SKIPPED_NAMES}
_BLOCKS = frozenset("""address article aside blockquote body br dd details dialog div dl dt fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th
    thead tr ul""".split())
# Elements that hold no content or whose end tag may be left out: they do not nest.
_NOT_NESTING = frozenset("""area base br col embed hr img input link meta param source track wbr p li dt dd
    tr td th thead tbody tfoot option optgroup colgroup caption rb rt rtc rp""".split())
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def _cut_comments(page: str) -> str:
    parts, at = [], 0
    while (start := page.find("<!--", at)) >= 0:
        parts.append(page[at:start])
        end = page.find("-->", start + 4)
        if end < 0:
            return "".join(parts)
        at = end + 3
    parts.append(page[at:])
    return "".join(parts)


def _cut_skipped(page: str) -> str:
    """Drop script, style and the like with their content; an unclosed one ends the text."""
    parts, at = [], 0
    while found := _SKIPPED_OPEN.search(page, at):
        parts.append(page[at:found.start()])
        end = _SKIPPED_CLOSE[found.group(1).lower()].search(page, found.end())
        if end is None:
            return "".join(parts)
        close = page.find(">", end.end())
        at = len(page) if close < 0 else close + 1
    parts.append(page[at:])
    return "".join(parts)


def page_text(page: str) -> tuple[str | None, str]:
    """(title, text): block elements become line breaks, entities are decoded."""
    page = _cut_skipped(_cut_comments(page))
    found = _TITLE.search(page)
    title = _SPACES.sub(" ", html.unescape(found.group(1))).strip() or None if found else None
    if found:  # the title is metadata, not body text
        page = page[:found.start()] + page[found.end():]
    text = _TAG.sub(lambda m: "\n" if m.group(2) and m.group(2).lower() in _BLOCKS else "", page)
    lines = (_SPACES.sub(" ", line).strip() for line in html.unescape(text).split("\n"))
    return title, _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def nesting_depth(page: str) -> int:
    """How deep elements nest (end tags that may be left out are not counted)."""
    depth = deepest = 0
    for match in _TAG.finditer(page):
        name = (match.group(2) or "").lower()
        if not name or name in _NOT_NESTING or match.group(0).endswith("/>"):
            continue
        if match.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest
