from __future__ import annotations

from spacy.tokens import Doc

from . import extractors
from .base import Found


@extractors.register("no_response")
def extract_no_response(doc: Doc) -> list[Found]:
    return []
