"""A person's generation, given back with the name: "Robert Hale Jr." is not his father Robert Hale.

The name stages read a name up to its surname, so that "Hale said" finds "Robert Hale Jr."; the
canonical name takes the suffix back (generational_suffixes.txt) where the person's own mentions
set one after the full name, or else the text does wherever it writes that name; only one kind
("Sr." in one place and "Jr." in another leave it)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import word_set

REACH = 8  # characters after a mention a suffix may start in (", Jr.")


@lru_cache(maxsize=1)
def _suffix_after() -> re.Pattern:
    words = sorted((w.rstrip(".") for w in word_set("generational_suffixes")), key=len, reverse=True)
    return re.compile(r",?\s+(" + "|".join(map(re.escape, words)) + r")\b\.?")


@lru_cache(maxsize=1)
def _written() -> dict[str, str]:
    return {w.rstrip("."): w for w in word_set("generational_suffixes")}


def is_generation(word: str) -> bool:
    """Whether the word is a generational suffix ("Jr.", "II"), its stop aside."""
    return word.rstrip(".") in _written()


def with_generation(text: str, name: str, mentions: list) -> str:
    """`name` with the one generational suffix its mentions give after it; failing those (the
    person spoke as "Hale" only), the one the text gives after that name wherever it is written."""
    if " " not in name:
        return name
    found = {suffix for m in mentions if (suffix := _after(text[m.start:m.end + REACH], name)) is not None}
    if not found:  # the suffixes are few: look behind each for the name
        found = {suffix for at, suffix in _suffixes(text) if text[max(0, at - len(name)):at] == name}
    return f"{name} {_written()[found.pop()]}" if len(found) == 1 else name


def _after(window: str, name: str) -> str | None:
    at = window.find(name)
    suffix = _suffix_after().match(window, at + len(name)) if at != -1 else None
    return suffix.group(1) if suffix is not None else None


@lru_cache(maxsize=4)  # asked once per person of the same text
def _suffixes(text: str) -> tuple[tuple[int, str], ...]:
    """Where each suffix's run starts (its comma or space) in the text, and which it is."""
    return tuple((m.start(), m.group(1)) for m in _suffix_after().finditer(text))
