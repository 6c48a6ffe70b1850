""""Pere's grandson, Nikau Pere … His grandmother has. “I'm not going anywhere,” she said": a
relative known only as someone's ("Nikau Pere's grandmother") is the one other person the text
names with that surname whom the kin word fits, as a reader takes it. And "his family" after "Mr
Akhtar's supporters" is Akhtar's, though only a possessive named him since the last source."""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from ..lexicon import gendered_words, kind_words, word_pairs
from .coref import Entity
from .names import POSSESSIVE, person_entities, spoken_name
from .quoted import people_named
from .quoted_kin import whose_kin


def join_owned_kin(ordered: list, entity_of: dict[int, Entity], doc: Doc | None = None) -> None:
    """Join each source called "X's <kin>" to the one other named person of X's surname (in place);
    where that person is named in `doc` but was no one's mention, call the source by their name
    when X was brought in as a relative the kin word has ("His widow, Mary Perera … her husband")."""
    people = {id(e): e for e in entity_of.values() if e.kind == "person" and e.named}
    kin = kind_words()["kin"]
    for m in ordered:
        e = entity_of[id(m)]
        words = e.name.split() if e.kind == "person" and not e.named else []
        if len(words) < 2 or not words[-2].endswith(("'s", "’s")) or words[-1] not in kin:
            continue
        owner_name = " ".join(words[:-1])[:-2]
        owner = next((p for p in people.values() if p.name == owner_name), None)
        if owner is None:
            continue
        said = gendered_words().get(words[-1])
        if (whose := _whose_relative(owner, words[-1], said, [p for p in people.values() if p is not e])) is not None:
            _join(e, whose, entity_of)  # "Her father" of one brought in as "Penney's daughter": Penney
            continue
        if not owner.surname:
            continue  # "Han Mi-sook", written family name first: no surname for a namesake to share
        same = [p for p in people.values() if p is not owner and p is not e and p.surname == owner.surname
                and " " in p.name.strip() and p.fits(said)]
        if not same and doc is not None and (named := _named_kin_of(doc, owner, words[-1])) is not None:
            e.name, e.named = named, True
            continue
        if len(same) != 1:
            continue
        _join(e, same[0], entity_of)


def _join(e: Entity, into: Entity, entity_of: dict[int, Entity]) -> None:
    for x in list(e.mentions):
        entity_of[id(x)] = into
        into.absorb(x)
    e.mentions = []


BROUGHT_IN_AS = re.compile(r"^(.+?)['’]s\s+(?:[a-z-]+\s+)*([a-z]+)$")  # "Penney's (eldest) daughter"


def _whose_relative(owner: Entity, kin: str, said: str | None, people: list[Entity]) -> Entity | None:
    """The person the text brought the owner in as a relative of ("Penney's daughter, Sarah
    Penney-Hollett"), where that relative is what `kin` has (children_of_kin.tsv: a father's
    daughter): her father is Penney, whatever surname she bears; the one person of that name or
    surname whom the kin word's sex fits."""
    relatives = set(word_pairs("children_of_kin").get(kin, "").split())
    for x in owner.mentions:
        brought = BROUGHT_IN_AS.match((x.description or "").strip())
        if brought is None or brought.group(2).lower() not in relatives:
            continue
        name = brought.group(1)
        found = [p for p in people if p is not owner and p.fits(said)
                 and (p.name == name or p.surname == name or p.name.split()[-1:] == [name])]
        if len(found) == 1:
            return found[0]
        longest = max(found, key=lambda p: len(p.name), default=None)
        if longest is not None and all(longest.name.endswith(" " + p.name) for p in found if p is not longest):
            return longest  # "Park Ji-hoon" and "Ji-hoon", his given name alone, not yet joined: one person
    return None


def _named_kin_of(doc: Doc, owner: Entity, kin: str) -> str | None:
    """The one person named in full in `doc` with the owner's surname whom `kin` fits, where the
    text brought the owner in as that kin's relative (quoted_kin.whose_kin)."""
    people = [_Named(name) for p in person_entities(doc)
              if len((name := spoken_name(p)).split()) > 1 and name != owner.name]
    return whose_kin(owner, kin, [owner, *{p.name: p for p in people}.values()])


class _Named:
    """A name the tagger found, as whose_kin reads a person: named, of no known sex but its given name's."""
    kind, named, mentions = "person", True, ()

    def __init__(self, name: str) -> None:
        self.name = name

    def fits(self, sex: str | None) -> bool:
        return True


OWNER_REACH = 400  # characters back that "his family" looks for the person it is whose


def owner_named_since(doc: Doc, at: int, owner: Entity | None, said: str, entity_of: dict) -> Entity | None:
    """"Several of Mr Akhtar's supporters looked angry … His family declined to speak": the person
    named last before "his …" (in a possessive too, or by surname alone, no source mention), when
    that is after the owner the sources gave and is a source known by that surname, is whose it is."""
    ends, named = people_named(doc)
    before = named[:bisect_right(ends, at)]
    if not before or at - before[-1][1] > OWNER_REACH:
        return None
    start, _, person = before[-1]
    seen_at = max((x.start for x in owner.mentions if x.start < at), default=-1) if owner is not None else -1
    if start <= seen_at:
        return None
    surname = POSSESSIVE.sub("", person[-1].text if person[-1].tag_ != "POS" or len(person) < 2 else person[-2].text)
    sources = {id(e): e for e in entity_of.values() if e.kind == "person" and e.named and e.surname == surname
               and e.fits(said)}
    return next(iter(sources.values())) if len(sources) == 1 else None
