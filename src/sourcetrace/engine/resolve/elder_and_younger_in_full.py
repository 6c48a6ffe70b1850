""""The elder Mr Ong" and "the younger Mr Ong" where the text named two of the family in full, as
business and obituary pages do ("founder Ong Kah Seng, 71, … his son, Ong Wei Jie, 44"): two
people, the elder by the ages given (else the one not brought in as a child), whether the family
name is written first or last, and though neither full name was a speaker's (in place)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import kind_words
from ..parse import text_of
from .coref import Entity, move_mention
from .names import person_entities, without_titles

AGE_AFTER = re.compile(r",\s*(\d{1,3})\s*[,.;]")
NEAR_BEFORE = 6  # words before a name in which "his son, deputy chief executive …" brings a child in


def _seniority(text: str) -> bool | None:
    words, kinds = set(text.lower().split()), kind_words()
    return True if words & set(kinds["seniority_elder"]) else False if words & set(kinds["seniority_younger"]) else None


SIBLINGS = {"brother", "sister", "sibling"}


def _younger_sibling_after(p) -> bool:
    """"Kim Do-hyeon, 27, opened the scoring, and his younger brother, 23, sealed the win": a
    younger sibling of the person's own ("his", "her") later in the sentence that names them says
    this one is the elder of the two."""
    younger = kind_words()["seniority_younger"]
    rest = [t.lower_ for t in p.doc[p.end:p.sent.end]]
    return any(a in ("his", "her") and b in younger and c in SIBLINGS for a, b, c in zip(rest, rest[1:], rest[2:]))


def _less_ranks(name: str) -> str:
    kinds = kind_words()
    ranks = set(kinds["seniority_elder"]) | set(kinds["seniority_younger"])
    return " ".join(w for w in name.split() if w.lower() not in ranks)


def _surname_ranked(text: str) -> str | None:
    """"Keane senior", "Mwangi junior": a capitalised word with a rank after it, else None."""
    words = text.split()
    if len(words) != 2 or not words[0][:1].isupper() or _less_ranks(text) != words[0]:
        return None
    return words[0]


def _family(doc: Doc, surname: str) -> list[tuple[str, int | None, bool]]:
    """The distinct full names with the family name first or last: (name, age, brought in as a child
    or as the other of a sibling said to be younger)."""
    children, found, text = set(kind_words()["kin_younger"]), {}, text_of(doc)
    for p in person_entities(doc):
        words = _less_ranks(without_titles(p).text).split()  # "Kim Do-hyeon" as written, hyphen and all
        if len(words) < 2 or surname not in (words[0].lower(), words[-1].lower()):
            continue
        age = AGE_AFTER.match(text, p.end_char)
        child = any(t.lower_ in children for t in doc[max(0, p.start - NEAR_BEFORE):p.start])
        name = " ".join(words)
        old = found.get(name, (None, False, False))
        found[name] = (old[0] or (int(age.group(1)) if age else None), old[1] or child,
                       old[2] or _younger_sibling_after(p))
    elder = [name for name, (_, _, has_younger) in found.items() if has_younger]
    if len(found) == 2 and len(elder) == 1 and not any(child for _, child, _ in found.values()):
        # the one not said to have the younger sibling is that sibling, as a child is the younger
        found = {name: (age, name != elder[0], False) for name, (age, _, _) in found.items()}
    return [(name, age, child) for name, (age, child, _) in found.items()]


def _pick(family: list[tuple[str, int | None, bool]], elder: bool) -> str | None:
    ages = [age for _, age, _ in family]
    if None not in ages and ages[0] != ages[1]:
        return family[ages.index(max(ages) if elder else min(ages))][0]
    young = [name for name, _, child in family if child]
    if len(young) != 1:
        return None
    return young[0] if not elder else next(name for name, _, _ in family if name != young[0])


def name_elder_and_younger_in_full(doc: Doc, ordered: list, entity_of: dict) -> None:
    people: dict[str, Entity] = {e.name: e for e in entity_of.values() if e.kind == "person" and e.named}
    families: dict[str, list] = {}
    moved: dict[int, list[tuple[int, Entity]]] = {}  # by the entity left: where each mention went
    for m in ordered:
        e = entity_of[id(m)]
        # "the elder Kim" may already have been taken for the Kim named last; "Keane senior" is
        # the tagger's name with the rank after it, as British and Irish pages write it
        called = _less_ranks(m.name) if m.named and " " not in _less_ranks(m.name) else e.name.strip()
        ranked = _surname_ranked(m.text)  # "Keane senior", which the tagger may not take for a name
        if ranked and not m.named:
            called = ranked
        if e.kind != "person" or not (e.named or ranked) or " " in called or (elder := _seniority(m.text)) is None:
            continue
        surname = called.lower()
        family = families.setdefault(surname, _family(doc, surname))
        if len(family) != 2 or (name := _pick(family, elder)) is None or name == e.name:
            continue
        into = people.get(name)
        if into is None:
            into = people[name] = Entity(kind="person", named=True, name=name, surname=e.surname,
                                         head_lemma=e.head_lemma)
        move_mention(m, into, entity_of)
        moved.setdefault(id(e), []).append((m.start, into))
    for m in ordered:  # "The younger Mr Ong said … “…,” he said": the pronoun goes with him
        e = entity_of[id(m)]
        if m.pronoun is not None and id(e) in moved and (before := [into for at, into in moved[id(e)] if at < m.start]):
            move_mention(m, before[-1], entity_of)
