""""Guard Okonjo suspended" over "The league suspended guard Chidi Okonjo … “…,” Okonjo wrote …
Teammate Andre Okonjo, no relation, said …": a bare surname met before a second full name with it
is the person the text had named in full with that surname so far, not the one named later. The
clustering, knowing the first only from a clause that made no source of him, lets the later full
name take over every earlier "Okonjo"; this hands those back (in place), with the pronouns given
to him before then."""
from __future__ import annotations

from spacy.tokens import Doc

from .coref import Entity
from .names import person_entities, without_titles


def _words(name: str) -> list[str]:
    return [w for w in name.lower().replace("’s", "").replace("'s", "").split()]


def _named_before(doc: Doc) -> list[tuple[int, str]]:
    """(where, name as written) of each person named with two words or more, titles aside."""
    out = []
    for p in person_entities(doc):
        name = " ".join(t.text for t in without_titles(p) if t.tag_ != "POS")
        if len(name.split()) > 1:
            out.append((p.start_char, name))
    return out


def name_surnames_before_full(doc: Doc, ordered: list, entity_of: dict) -> None:
    named = None
    people = {e.name: e for e in entity_of.values() if e.kind == "person" and e.named}
    for e in list(people.values()):
        full = _words(e.name)
        if len(full) < 2:
            continue
        first_full = next((m.start for m in e.mentions if m.named and _words(m.name) == full), None)
        bare = [m for m in e.mentions if first_full is not None and m.start < first_full and m.named
                and 0 < len(_words(m.name)) < len(full) and full[-len(_words(m.name)):] == _words(m.name)]
        if not bare:
            continue
        surname = _words(bare[0].name)
        named = named if named is not None else _named_before(doc)
        earlier = {name for at, name in named if at < first_full and _words(name) != full
                   and len(_words(name)) > len(surname) and _words(name)[-len(surname):] == surname}
        if len(earlier) != 1:
            continue
        name, = earlier
        into = people.get(name)
        if into is None:
            into = people[name] = Entity(kind="person", named=True, name=name, surname=name.split()[-1],
                                         head_lemma=e.head_lemma)
        moving = [m for m in e.mentions if m.start < first_full and (m in bare or m.pronoun is not None)]
        moved = {id(m) for m in moving}
        e.mentions = [x for x in e.mentions if id(x) not in moved]
        for m in moving:
            entity_of[id(m)] = into
            into.absorb(m)
