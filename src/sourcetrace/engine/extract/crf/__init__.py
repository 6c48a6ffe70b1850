"""The learned attribution model: a CRF tags source/cue/content tokens, rules link them."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from spacy.tokens import Doc

from .. import extractors
from ..base import Found
from ..verbal import extract_verbal
from .link import link
from .tagger import CrfTagger, load_tagger
from .with_rules import has_cue_word, refined, rescued


def extract_with(model_file: str | Path | CrfTagger, rates: dict[str, float] | None = None,
                 rules: bool = False) -> Callable[[Doc], list[Found]]:
    """The model's finds; with `rules`, read together with the verb rules (`with_rules`).

    Training scores the model without the rules, so the recorded dev scores are the model's own.
    """
    tagger = model_file if isinstance(model_file, CrfTagger) else CrfTagger(model_file, rates or {})

    def extract(doc: Doc) -> list[Found]:
        spans, confidence = tagger.spans(doc)
        found = link(doc, spans, confidence)
        if not rules:
            return found
        rule_finds = extract_verbal(doc)
        return refined(doc, found, rule_finds) + rescued(doc, spans, found, rule_finds)
    return extract


@extractors.register("crf")
def crf(doc: Doc) -> list[Found]:
    return extract_with(load_tagger("crf_fast"), rules=True)(doc)


@extractors.register("crf_lexical")
def crf_lexical(doc: Doc) -> list[Found]:
    """The CRF's finds whose cue is a known cue word, or that it is sure of: the default
    profile's, where a stray "come" or "ordered" would put words in someone's mouth."""
    return [f for f in crf(doc) if f.confidence >= SURE or has_cue_word(doc, f)]


SURE = 0.65  # chosen on dev: keeps most of the unfiltered recall, drops most stray cues
