"""One person under a given name and its short form: "Robert Lindqvist … Bob Lindqvist said" is one
source, known by the name the text gave first. Which short forms go with which names is the
`nicknames` package's curated list of English given names."""
from __future__ import annotations

from functools import lru_cache

from nicknames import NickNamer

from .coref import introduced_as_kin, move_mention


@lru_cache(maxsize=1)
def _short_forms() -> NickNamer:
    return NickNamer()


def same_given_name(a: str, b: str) -> bool:
    """Whether one given name is a short form of the other ("Sam", "Samuel"), case aside."""
    a, b = a.lower(), b.lower()
    return a != b and (b in _short_forms().nicknames_of(a) or a in _short_forms().nicknames_of(b))


def join_short_given_names(entity_of: dict) -> None:
    """Join each named person to the one named before with the same surname and a given name it is
    a short form of, or the long form of, unless either was brought in as someone's relative (in place)."""
    people = [e for e in {id(e): e for e in entity_of.values()}.values()
              if e.kind == "person" and e.named and len(e.name.split()) >= 2 and e.mentions]
    people.sort(key=lambda e: min(m.start for m in e.mentions))
    by_surname: dict[tuple[str, ...], list] = {}  # those named so far, by the words after the given name
    for later in people:
        first, rest = later.name.split()[0], tuple(later.name.split()[1:])
        into = [e for e in by_surname.get(rest, ()) if same_given_name(e.name.split()[0], first)]
        if len(into) != 1 or introduced_as_kin(later) or introduced_as_kin(into[0]):
            by_surname.setdefault(rest, []).append(later)
            continue  # "Samuel Okoro … his son Sam Okoro": a father and his namesake
        name = into[0].name  # absorbing may lengthen the name ("Katherine" after "Kate"): the first given stays
        for m in list(later.mentions):
            move_mention(m, into[0], entity_of)
        into[0].name = name
