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
            if not any(found.overlaps(k) for k in kept):
                kept.append(found)
    return sorted(kept, key=lambda f: f.content_span)


def _load_builtin() -> None:
    from . import according_to, colon, crf, no_response, nominal, quotes, verbal  # noqa: F401
