"""A name met again by the two words that open it: "Abu Bakr said" after "Abu Bakr Al-Baghdadi
Hassan", "Sri Mulyani said" after "Sri Mulyani Indrawati" (a kunya, or a given name of two words,
is how a reader hears such a person named again). Not a father's name inside his son's: a name
that ends on "Jr." or "II" (postnominals.txt) is left alone."""
from __future__ import annotations

from typing import Iterable

from ..lexicon import word_set
from .family_names import genders_clash, untitled


def opening_pair(name: str) -> str | None:
    """The first two words of a name of three or more (titles aside), lower-cased."""
    words = [w.lower() for w in untitled(name.split())]
    if len(words) < 3 or words[-1].strip(".") in word_set("postnominals") | {"ii", "iii", "iv"}:
        return None
    return " ".join(words[:2])


def by_opening_pair(recent: Iterable, m) -> object | None:
    """The person last seen whose full name opens on the mention's two words (titles aside)."""
    words = [w.lower() for w in untitled(m.text.split())]
    if m.kind != "person" or not m.named or m.pronoun is not None or len(words) != 2:
        return None
    return next((e for e in recent if e.kind == "person" and e.named and not genders_clash(m, e)
                 and opening_pair(e.name) == " ".join(words)), None)
