"""Samoan, Tongan and Hawaiian names written with a glottal stop inside ("Tupa'i", "Fa'amausili",
"Kaʻahumanu"): one capitalised word to a reader, though no test of a capitalised word that
splits at the apostrophe ("O'Neill") takes it, and the tagger often reads it as a noun and
leaves it off the name it opens."""
from __future__ import annotations

GLOTTAL_STOPS = ("'", "’", "ʻ")


def glottal_name(word: str) -> bool:
    """"Tupa'i", "Fa'amausili", "Kaʻahumanu": a capitalised word with a glottal stop inside, written
    as an apostrophe or an ʻokina, as Samoan, Tongan and Hawaiian names are; its letters read as
    one capitalised word (not "O'Neill", which `name_word` takes)."""
    letters = word
    for mark in GLOTTAL_STOPS:
        letters = letters.replace(mark, "")
    return letters != word and letters.isalpha() and letters.istitle() and word[-1] not in GLOTTAL_STOPS
