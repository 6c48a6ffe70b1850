"""Names that end on two surnames, the father's then the mother's ("María José Ortiz Delgado"),
as Spanish and Portuguese names do: a reader meets the person again by the first of them alone
("Ortiz said", "Ms Ortiz"), never by the last alone."""
from __future__ import annotations

from typing import Iterable

from ..lexicon import word_set
from .family_names import genders_clash, untitled
from .gender import from_first_name


def first_of_two_surnames(name: str) -> str | None:
    """The word before a name's last (before the particles of its second surname, "Gutiérrez de la
    Cruz"), where the name (titles aside) has three words or more and that word could be a surname:
    no first name ("Mary Ann Jones"), no particle or link ("Al", "bin")."""
    words = [w.lower() for w in untitled(name.split())]
    if len(words) < 3:
        return None
    particles = word_set("surname_particles")
    joined = next((k for k, w in enumerate(words) if k >= 2 and w in particles), None)
    # "Marisol Gutiérrez de la Cruz": the surname before the particles of the second
    word = words[joined - 1] if joined is not None else words[-2]
    if word in word_set("name_particles") | word_set("name_links") | particles or word in (words[0], words[-1]) \
            or not word.isalpha() or from_first_name(word.capitalize()) is not None:
        return None
    return word


def by_first_surname(recent: Iterable, m) -> object | None:
    """"Ortiz said" after "María José Ortiz Delgado": a one-word name (titles aside) that is the
    first of the two surnames ending a person's name named before; `recent` gives the candidates
    latest seen first."""
    words = untitled(m.text.split())
    if m.kind != "person" or not m.named or m.pronoun is not None or len(words) != 1:
        return None
    word = words[0].lower().removesuffix("'s").removesuffix("’s")
    for e in recent:
        if e.kind == "person" and e.named and not genders_clash(m, e) and e.fits(m.gender) \
                and first_of_two_surnames(e.name) == word:
            return e
    return None
