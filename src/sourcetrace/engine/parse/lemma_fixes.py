"""Lemmas the model's rule lemmatizer gets wrong, put right where a rule reads them.

The English rules strip "-es", "-ed" and "-ing" before "-s", "-d" and "-e" and keep the first
base they find among the known verbs, so every form of "hope" becomes "hop"; a rule keyed by
lemma then never sees the hope ("Mabjaia hopes to repeat the survey"). The doc's own lemmas are
left as the model made them: the CRF was trained on them. The fixes are keyed by word and coarse
part of speech (lexicons/lemma_fixes.tsv), so a noun "hops" is left alone.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..lexicon import word_pairs


@lru_cache(maxsize=1)
def _fixes() -> dict[tuple[str, str], str]:
    return {tuple(key.split("/")): lemma for key, lemma in word_pairs("lemma_fixes").items()}


def lemma(token: Token) -> str:
    """The token's lemma, lower case, put right where the lemmatizer is known to err."""
    return _fixes().get((token.lower_, token.pos_), token.lemma_.lower())
