""""The Democrat said": the one person the article set beside a party before the recap.

US outlets write "Sen. Jack Morrow, D-Ohio," or "Democratic state Sen. Ann Lutz" once and then
"the Democrat told reporters", "the Ohio Democrat said"; UK and Commonwealth outlets do the same
with "the Tory", "the Liberal", "the Nationalist". The recap is the one person named before it
whom the text gives that party: by the party letter after the name ("D-Ohio", "(R)"), the party
word in the phrase set after it (", a Republican from Dallas,") or before it ("Democratic Sen.").
Two such people leave it open. Parties: lexicons/party_recaps.json.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..lexicon import load_json
from ..parse import text_of
from .coref import Entity
from .names import person_entities, without_titles

MODIFIERS = 2  # words between "the" and the party noun: "the Ohio Democrat", "the first-term Republican"
BEFORE_REACH = 40  # characters before a name read for "Democratic state Sen."
AFTER_REACH = 80  # characters after a name read for ", D-Ohio," or ", a Republican from …"
PREPOSITIONS = r"(?:of|for|to|with|about|on|against|from|by|at|in|over|than)"


@lru_cache(maxsize=1)
def _parties() -> tuple[tuple[frozenset[str], re.Pattern, re.Pattern, re.Pattern], ...]:
    """For each party: its recap nouns and the patterns for its letter, its word after a name and
    its word before one."""
    parties = []
    for party in load_json("party_recaps.json")["parties"]:
        words = "|".join(re.escape(w) for w in party["words"])
        letters = "|".join(re.escape(x) for x in party["letters"]) or r"(?!)"
        letter = re.compile(rf"\s*[,(]\s*(?:{letters})(?:-[A-Z]|\s*\))")
        # ", a Democrat from Ohio", ", the first-term Republican": no preposition between ("a
        # critic of the Republican plan" is no Republican)
        after = re.compile(rf",\s+(?:a|an|the)\s+(?:(?!{PREPOSITIONS}\b)[\w'’.-]+\s+){{0,3}}(?:{words})s?\b",
                           re.IGNORECASE)
        before = re.compile(rf"\b(?:{words})\s+(?:[\w'’.-]+\s+){{0,3}}$", re.IGNORECASE)
        parties.append((frozenset(party["members"]), letter, after, before))
    return tuple(parties)


def _party_of(text: str, person) -> frozenset[str] | None:
    """The recap nouns of the party the text sets beside a person's name, if one."""
    for members, letter, after, before in _parties():
        if letter.match(text, person.end_char) or after.match(text, person.end_char,
                                                              person.end_char + AFTER_REACH):
            return members
        lead = text[max(0, person.start_char - BEFORE_REACH):person.start_char]
        if before.search(lead) and not re.search(r"[,;:.]\s*\w+\s*$", lead.split("\n")[-1]):
            return members
    return None


def _recap_noun(text: str) -> str | None:
    words = text.lower().split()
    if words[:1] != ["the"] or not 2 <= len(words) <= 2 + MODIFIERS:
        return None
    return words[-1]


def name_party_recaps(doc: Doc, ordered: list, entity_of: dict[int, Entity]) -> None:
    """Point each "the Democrat" source mention at the one person given that party before it (in place)."""
    recaps = [m for m in ordered if m.pronoun is None and (noun := _recap_noun(m.text)) is not None
              and any(noun in members for members, *_ in _parties())
              and not (entity_of[id(m)].kind == "person" and " " in entity_of[id(m)].name.strip())]
    if not recaps:
        return
    text = text_of(doc)
    people = []  # (start, full name, party nouns)
    for person in person_entities(doc):
        members = _party_of(text, person)
        words = [t for t in without_titles(person) if t.tag_ != "POS"]
        if members is not None and len(words) > 1:
            people.append((person.start_char, " ".join(t.text for t in words), members))
    by_name: dict[str, Entity] = {}
    for e in entity_of.values():
        if e.kind == "person" and e.named:
            by_name.setdefault(e.name.lower(), e)
    for m in recaps:
        noun = _recap_noun(m.text)
        fitting = {name for at, name, members in people if at < m.start and noun in members}
        if len(fitting) != 1:
            continue
        name = fitting.pop()
        into = by_name.get(name.lower()) or _only_by_surname(entity_of, name)
        if into is None:
            into = Entity(kind="person", named=True, name=name, surname=name.split()[-1],
                          first_name=name.split()[0], last_seen=m.start)
            by_name[name.lower()] = into
        old = entity_of[id(m)]
        entity_of[id(m)] = into
        into.absorb(m)
        old.mentions = [x for x in old.mentions if x is not m]


def _only_by_surname(entity_of: dict[int, Entity], name: str) -> Entity | None:
    """The one person entity known by the name's surname alone ("Morrow"), if one."""
    surname = name.split()[-1].lower()
    alone = {id(e): e for e in entity_of.values() if e.kind == "person" and e.named and e.name.strip().lower() == surname}
    return next(iter(alone.values())) if len(alone) == 1 else None
