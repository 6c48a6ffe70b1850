"""The shipped CRF: load once, tag a parsed Doc, return spans with confidences."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path

import pycrfsuite
from spacy.tokens import Doc

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
        tags = self.tagger.tag(pycrfsuite.ItemSequence(doc_features(doc, self.rates)))
        spans = tag_spans(tags)
        confidence = {}
        for _, start, end in spans:
            probs = [self.tagger.marginal(tags[i], i) for i in range(start, end)]
            confidence[(start, end)] = sum(probs) / len(probs)
        return spans, confidence


@lru_cache(maxsize=None)
def load_tagger(name: str) -> CrfTagger:
    return CrfTagger(model_path(name), cue_rates())
