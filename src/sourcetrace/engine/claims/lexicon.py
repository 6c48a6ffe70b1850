"""The claims stage's word lists and weights, kept as data in lexicons/claims/."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load_json


def load(name: str) -> dict:
    return load_json("claims", f"{name}.json")


def has_phrase(text: str, phrases: list[str]) -> bool:
    """Whether any of the phrases occurs in `text` as whole words."""
    return bool(_pattern(tuple(phrases)).search(text))


@lru_cache(maxsize=None)
def _pattern(phrases: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")
