"""A name met again by the two words that open it: "Abu Bakr said" after "Abu Bakr Al-Baghdadi
Hassan", "Sri Mulyani said" after "Sri Mulyani Indrawati" (a kunya, or a given name of two words,
is how a reader hears such a person named again), and the other way round: "Mian Zahid" in a
headline, then "Mian Zahid Mehmood" in the story. Not a father's name inside his son's: a name that
ends on "Jr." or "II" (postnominals.txt) is left alone."""
from __future__ import annotations

from typing import Iterable

from ..lexicon import gendered_words, is_title_word, word_set
from .family_names import genders_clash, untitled


def opening_pair(name: str) -> str | None:
    """The first two words of a name of three or more (titles aside), lower-cased."""
    words = [w.lower() for w in untitled(name.split())]
    if len(words) < 3 or _of_a_generation(words[-1]):
        return None
    return " ".join(words[:2])


def _of_a_generation(word: str) -> bool:
    """"Jr.", "II" and the other letters after a name (postnominals.txt, which holds "jr" and "sr")."""
    return word.strip(".") in word_set("postnominals") | {"ii", "iii", "iv"}


def by_opening_pair(recent: Iterable, m) -> object | None:
    """The person last seen whose full name opens on the mention's two words (titles aside)."""
    words = [w.lower() for w in untitled(m.text.split())]
    if m.kind != "person" or not m.named or m.pronoun is not None or len(words) != 2:
        return None
    return next((e for e in recent if e.kind == "person" and e.named and not genders_clash(m, e)
                 and opening_pair(e.name) == " ".join(words)), None)


def shorter_forms(name: str) -> list[str]:
    """The openings of a name of two words or more, longest first, lower-cased as filed."""
    words = name.lower().split()
    if len(words) < 2 or _of_a_generation(words[-1]):
        return []
    return [" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)]


def met_first_short(recent: Iterable, m, norm) -> object | None:
    """The one person seen so far, named only by the words that open the mention's full name
    ("Mian Zahid" in a headline, before "Mian Zahid Mehmood"); by one word only where a title was
    set before it, as a given name alone may be anyone's. None where two fit."""
    if m.kind != "person" or not m.named or m.pronoun is not None:
        return None
    forms = set(shorter_forms(norm(m.name)))
    fitting = [e for e in recent if e.kind == "person" and e.named and norm(e.name) in forms
               and not genders_clash(m, e) and (" " in e.name.strip() or _titled(e))]
    return fitting[0] if len(fitting) == 1 else None


def _titled(e) -> bool:
    """Whether a mention wrote the entity's one-word name after a title ("Mian Zahid"); not after a
    form of address that says a sex ("Mr Tran"), which goes before a surname."""
    return any(len(words := mention.text.split()) >= 2 and words[-1] == e.name and is_title_word(words[-2])
               and words[-2].lower().rstrip(".") not in gendered_words() for mention in e.mentions)
