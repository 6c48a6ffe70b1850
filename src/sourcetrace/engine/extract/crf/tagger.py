"""The shipped CRF: load once, tag a parsed Doc, return spans with confidences."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path

import numpy as np
import pycrfsuite
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, ORTH, POS, SPACY, TAG
from spacy.tokens import Doc

from ...parse import text_of
from ...parse.columns import unwrapped_order
from ...parse.window import TEXT_KEY
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
        given = len(doc)
        doc = closed_by_a_break(doc)
        order = unwrapped_order(doc)
        tags = self.tagger.tag(pycrfsuite.ItemSequence(doc_features(doc, self.rates, order)))
        spans, confidence = [], {}
        for role, start, end in tag_spans(tags):  # positions in `order`, made token indices
            probs = [self.tagger.marginal(tags[p], p) for p in range(start, end)]
            span = (role, order[start], min(order[end - 1] + 1, given))
            if span[1] >= span[2]:
                continue  # the closing break alone
            spans.append(span)
            confidence[span[1:]] = sum(probs) / len(probs)
        return spans, confidence


_ROW = (ORTH, LEMMA, TAG, POS, DEP, HEAD, ENT_IOB, ENT_TYPE, SPACY)


def closed_by_a_break(doc: Doc) -> Doc:
    """The doc as a file would give it, closed by a line break, where its text is not: the tagger
    learnt from files, and its reading of a last sentence ("…, Priya Raman said, would cost little.")
    must not hang on whether a pasted text or a JSONL record kept that break. The break is a token
    of its own, as the parser leaves it (tagged a space, hung on the token before); the others keep
    their indices, so the tags read back onto the doc given."""
    text = text_of(doc)
    if not text or text[-1].isspace():
        return doc
    rows = doc.to_array(_ROW)
    vocab = doc.vocab
    closing = [vocab.strings.add("\n"), vocab.strings.add("\n"), vocab.strings.add("_SP"),
               vocab.strings.add("SPACE"), vocab.strings.add("dep"), -1, 2, 0, 0]
    closing = np.array([closing], dtype=np.int64).astype(rows.dtype)  # HEAD is relative: the token before
    out = Doc(vocab, words=[t.text for t in doc] + ["\n"], spaces=[bool(t.whitespace_) for t in doc] + [False])
    out = out.from_array(list(_ROW), np.vstack([rows, closing]))
    out.user_data[TEXT_KEY] = text + "\n"  # the text as given, its wraps kept (`unwrapped_order` reads them)
    return out


@lru_cache(maxsize=None)
def load_tagger(name: str) -> CrfTagger:
    return CrfTagger(model_path(name), cue_rates())
