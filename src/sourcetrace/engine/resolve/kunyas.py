"""A name met again by the two words that open it, where the first says whose parent the person
is (kunyas.txt): "Abu Bakr said" after "Abu Bakr Al-Baghdadi Hassan" is the same man."""
from __future__ import annotations

from typing import Iterable

from ..lexicon import word_set
from .family_names import genders_clash, untitled


def opening_pair(name: str) -> str | None:
    """The first two words of a name of three or more (titles aside) that opens on a kunya."""
    words = [w.lower() for w in untitled(name.split())]
    return " ".join(words[:2]) if len(words) >= 3 and words[0] in word_set("kunyas") else None


def by_kunya(recent: Iterable, m) -> object | None:
    """The person last seen whose full name opens on the mention's two words, "Abu Bakr"."""
    words = [w.lower() for w in untitled(m.text.split())]
    if m.kind != "person" or not m.named or len(words) != 2 or words[0] not in word_set("kunyas"):
        return None
    return next((e for e in recent if e.kind == "person" and e.named and not genders_clash(m, e)
                 and opening_pair(e.name) == " ".join(words)), None)
