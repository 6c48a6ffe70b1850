"""The NLP parse stage: one spaCy pipeline, loaded once, offline."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from .settings import SPACY_MODEL


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    return spacy.load(SPACY_MODEL)
