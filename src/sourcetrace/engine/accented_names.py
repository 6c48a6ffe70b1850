"""The first-name list, read past the accents it lacks: gender_guesser knows "Elise", "Etienne"
and "Edith" but not "Élise", "Étienne" or "Édith" as Canadian, French or Romanian news write
them (and "Benoît" but not "Benoit"). A name the list does not know as written is looked up
again with its accents taken off, so that "Élise Charbonneau … she said" finds its "she".
"""
from __future__ import annotations

import unicodedata

from gender_guesser.detector import Detector


def unaccented(word: str) -> str:
    """The word less its accents: "Élise" → "Elise", "Ștefan" → "Stefan"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


class _Names(dict):
    """The list's counts by name, a name missing as written found without its accents
    (resolve/mostly_sex.py reads them by name)."""

    def __missing__(self, key: str):
        bare = unaccented(key)
        if bare != key and bare in self:
            return self[bare]
        raise KeyError(key)


class AccentFoldingDetector(Detector):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.names = _Names(self.names)

    def get_gender(self, name: str, country: str | None = None) -> str:
        guess = super().get_gender(name, country)
        if guess == "unknown" and (bare := unaccented(name)) != name:
            return super().get_gender(bare, country)
        return guess
