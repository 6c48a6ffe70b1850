"""Attribution extraction: one extractor per module, registered by name."""
from __future__ import annotations

from typing import Callable

import catalogue
from spacy.tokens import Doc

from .base import Found

Extractor = Callable[[Doc], list[Found]]
extractors = catalogue.create("sourcetrace", "extractors")


def run_extractors(doc: Doc, names: list[str]) -> list[Found]:
    """Run the named extractors; earlier names win where contents overlap."""
    _load_builtin()
    kept: list[Found] = []
    for name in names:
        for found in extractors.get(name)(doc):
            found.extractor = found.extractor or name
            if not any(_conflict(found, k) for k in kept):
                kept.append(found)
    return sorted(kept, key=lambda f: f.content_span)


def _nested(inner: Found, outer: Found) -> bool:
    """An attribution reported inside another's content ("X said that Y fears …")."""
    if inner.cue is None:
        return False
    (s, e), (os_, oe) = inner.content_span, outer.content_span
    cue = inner.cue
    return os_ <= s and e <= oe and (s, e) != (os_, oe) and os_ <= cue[0] and cue[1] <= oe


def _conflict(a: Found, b: Found) -> bool:
    if a.cue is not None and a.cue == b.cue:
        return True
    return a.overlaps(b) and not (_nested(a, b) or _nested(b, a))


def _load_builtin() -> None:
    from . import according_to, colon, crf, no_response, nominal, quotes, verbal  # noqa: F401
