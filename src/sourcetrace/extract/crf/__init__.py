"""The learned attribution model: a CRF tags source/cue/content tokens, rules link them."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from spacy.tokens import Doc

from .. import extractors
from ..base import Found
from .link import link
from .tagger import CrfTagger, load_tagger


def extract_with(model_file: str | Path | CrfTagger, rates: dict[str, float] | None = None
                 ) -> Callable[[Doc], list[Found]]:
    tagger = model_file if isinstance(model_file, CrfTagger) else CrfTagger(model_file, rates or {})

    def extract(doc: Doc) -> list[Found]:
        spans, confidence = tagger.spans(doc)
        return link(doc, spans, confidence)
    return extract


@extractors.register("crf")
def crf(doc: Doc) -> list[Found]:
    return extract_with(load_tagger("crf_fast"))(doc)
