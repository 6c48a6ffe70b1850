"""The shipped CRF: load once, tag a parsed Doc, return spans with confidences."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path

import pycrfsuite
from spacy.tokens import Doc

from ...parse.columns import unwrapped_order
from .features import doc_features
from .tags import tag_spans

MODELS = files("sourcetrace.engine") / "models"


def model_path(name: str) -> Path:
    with as_file(MODELS / f"{name}.crfsuite") as path:
        return Path(path)


@lru_cache(maxsize=None)
def cue_rates(name: str = "crf_cues") -> dict[str, float]:
    return json.loads((MODELS / f"{name}.json").read_text(encoding="utf-8"))


class CrfTagger:
    def __init__(self, path: str | Path, rates: dict[str, float]):
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))
        self.rates = rates

    def spans(self, doc: Doc) -> tuple[list[tuple[str, int, int]], dict[tuple[int, int], float]]:
        """Tagged spans and, for each, the mean marginal probability of its tags."""
        if not len(doc):
            return [], {}
        order = unwrapped_order(doc)
        tags = self.tagger.tag(pycrfsuite.ItemSequence(doc_features(doc, self.rates, order)))
        spans, confidence = [], {}
        for role, start, end in tag_spans(tags):  # positions in `order`, made token indices
            probs = [self.tagger.marginal(tags[p], p) for p in range(start, end)]
            span = (role, order[start], order[end - 1] + 1)
            spans.append(span)
            confidence[span[1:]] = sum(probs) / len(probs)
        return spans, confidence


@lru_cache(maxsize=None)
def load_tagger(name: str) -> CrfTagger:
    return CrfTagger(model_path(name), cue_rates())
