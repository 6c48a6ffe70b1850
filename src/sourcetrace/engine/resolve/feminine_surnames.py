"""A woman's form of a surname: Slavic ("Ivanova", "Dvořáková", "Kowalska", "Sokolovskaya"),
Lithuanian ("Kazlauskienė", "Petraitytė") and Icelandic ("Jónsdóttir") surnames mark a woman on
the surname itself, which says her sex more surely than a first-name list does of a given name
shared across languages ("Nikita", "Sasha", "Jean"). A "he" is not hers."""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import word_set


@lru_cache(maxsize=4096)
def woman_by_surname(surname: str) -> bool:
    """Whether the surname (one word, or the last of a name) is a woman's form, lookalikes aside."""
    word = surname.strip(".,'’").lower()
    if len(word) < 5 or word in word_set("feminine_surname_lookalikes"):
        return False  # "Nova" or "Eva" alone is a given name as often as anything
    return word.endswith(tuple(word_set("feminine_surname_endings")))
