""""The Democrat said", "the Kenyan said": the one person the article set beside that party or place.

US outlets write "Sen. Jack Morrow, D-Ohio," or "Democratic state Sen. Ann Lutz" once and then
"the Democrat told reporters", "the Ohio Democrat said"; UK and Commonwealth outlets do the same
with "the Tory", "the Liberal"; sport and foreign news with the nation or state ("Kenyan runner
Mercy Chebet … the Kenyan said", "Pablo Ruiz of Spain … the Spaniard", "R-Texas … the Texan").
The recap is the one person named before it whom the text so places: by the party letter after
the name ("D-Ohio", "(R)"), the word in the phrase set after it (", a Republican from Dallas,",
"of Kenya") or before it ("Democratic Sen.", "Spain's"). Two such people leave it open.
Parties and places: lexicons/affiliation_recaps.json.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..lexicon import load_json
from ..parse import text_of
from .coref import Entity, move_mention
from .names import person_entities, without_titles

MODIFIERS = 2  # words between "the" and the recap: "the Ohio Democrat", "the 24-year-old Spaniard"
BEFORE_REACH = 40  # characters before a name read for "Democratic state Sen."
AFTER_REACH = 80  # characters after a name read for ", D-Ohio," or ", a Republican from …"
JOINERS = r"(?:and|or|nor|but|with|than|vs|versus|the|a|an|who|that|which|of|for|to|from|by|at|in|on|over)"
PREPOSITIONS = r"(?:of|for|to|with|about|on|against|from|by|at|in|over|than)"


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!)"


@lru_cache(maxsize=1)
def _affiliations() -> tuple[tuple[tuple[str, ...], tuple[re.Pattern, ...], re.Pattern], ...]:
    """For each party or place: its recap phrases, the patterns that find it set after a name, and
    the one that finds it set before a name."""
    lexicon = load_json("affiliation_recaps.json")
    found = []
    for kind in ("parties", "places"):
        for entry in lexicon[kind]:
            words = _alternatives(entry["words"])
            # ", a Democrat from Ohio", ", the first-term Republican", ", a Kenyan sprinter": no
            # preposition between ("a critic of the Republican plan" is no Republican)
            after = [re.compile(rf",\s+(?:a|an|the)\s+(?:(?!{PREPOSITIONS}\b)[\w'’.-]+\s+){{0,3}}(?:{words})s?(?![\w])",
                                re.IGNORECASE)]
            if kind == "parties":  # "D-Ohio", "(R)"
                after.append(re.compile(rf"\s*[,(]\s*(?:{_alternatives(entry['letters'])})(?:-[A-Z]|\s*\))"))
            else:  # "R-Texas", "of Kenya", "from Ohio"
                after.append(re.compile(rf"\s*[,(]\s*[A-Z]{{1,3}}-(?i:{words})(?![\w])"))
                after.append(re.compile(rf",?\s+(?:of|from)\s+(?:the\s+)?(?:{words})(?![\w])", re.IGNORECASE))
            # "Democratic state Sen.", "Kenyan runner", "Spain's": no comma between
            # nor a word that joins or sets apart another ("of Texas and Sen. Amy Birch")
            before = re.compile(rf"(?<![\w])(?:{words})(?:['’]s)?\s+(?:(?!{JOINERS}\b)[\w'’.-]+\s+){{0,3}}$",
                                re.IGNORECASE)
            found.append((tuple(entry["members"]), tuple(after), before))
    return tuple(found)


def _affiliations_of(text: str, person) -> set[str]:
    """The recap phrases of the parties and places the text sets beside a person's name."""
    lead = text[max(0, person.start_char - BEFORE_REACH):person.start_char].split("\n")[-1]
    said = set()
    for members, after, before in _affiliations():
        if any(pattern.match(text, person.end_char, person.end_char + AFTER_REACH) for pattern in after) \
                or before.search(lead):
            said.update(members)
    return said


def _recap(text: str) -> str | None:
    """The recap phrase a mention closes with, after "the" and a word or two ("the Ohio Democrat",
    "the 24-year-old Spaniard", "the South African"), if it is one of the lexicon's."""
    words = text.lower().split()
    if words[:1] != ["the"]:
        return None
    for members, *_ in _affiliations():
        for member in members:
            size = len(member.split())
            if " ".join(words[-size:]) == member and 1 <= len(words) - size <= 1 + MODIFIERS:
                return member
    return None


def name_affiliation_recaps(doc: Doc, ordered: list, entity_of: dict[int, Entity]) -> None:
    """Point each "the Democrat", "the Kenyan" source mention at the one person given that party
    or place before it (in place)."""
    recaps = [m for m in ordered if m.pronoun is None and _recap(m.text) is not None
              and not (entity_of[id(m)].kind == "person" and " " in entity_of[id(m)].name.strip())]
    if not recaps:
        return
    text = text_of(doc)
    people = []  # (start, full name, party nouns)
    for person in person_entities(doc):
        members = _affiliations_of(text, person)
        words = [t for t in without_titles(person) if t.tag_ != "POS"]
        if members and len(words) > 1:
            people.append((person.start_char, " ".join(t.text for t in words), members))
    by_name: dict[str, Entity] = {}
    for e in entity_of.values():
        if e.kind == "person" and e.named:
            by_name.setdefault(e.name.lower(), e)
    places = _place_recaps()
    for m in recaps:
        noun = _recap(m.text)
        fitting = {name for at, name, members in people if at < m.start and noun in members}
        if not fitting and noun in places and not any(members & places for at, _, members in people if at < m.start):
            # "Ashcombe manager Erik Halvorsen … The Norwegian admitted …": the text never gave
            # anyone a nation, so the writer trusts the reader to know the one in view
            into = _person_in_view(ordered, entity_of, m)
            if into is not None:
                move_mention(m, into, entity_of)
            continue
        if len(fitting) != 1:
            continue
        name = fitting.pop()
        into = by_name.get(name.lower()) or _only_by_surname(entity_of, name)
        if into is None:
            into = Entity(kind="person", named=True, name=name, surname=name.split()[-1],
                          first_name=name.split()[0], last_seen=m.start)
            by_name[name.lower()] = into
        move_mention(m, into, entity_of)


@lru_cache(maxsize=1)
def _place_recaps() -> frozenset[str]:
    return frozenset(member for entry in load_json("affiliation_recaps.json")["places"] for member in entry["members"])


def _person_in_view(ordered: list, entity_of: dict[int, Entity], m) -> Entity | None:
    """The person of the last person mention before `m` (not a pronoun's), where that person is
    named; a group or firm between does not count, someone unnamed does."""
    before = [x for x in ordered if x.start < m.start and x is not m]
    for x in reversed(before):
        e = entity_of[id(x)]
        if e.kind == "person" and e.named and x.pronoun is None:
            return e
        if e.kind == "person" and x.pronoun is None:
            return None  # someone unnamed came between
    return None


def _only_by_surname(entity_of: dict[int, Entity], name: str) -> Entity | None:
    """The one person entity known by the name's surname alone ("Morrow"), if one."""
    surname = name.split()[-1].lower()
    alone = {id(e): e for e in entity_of.values() if e.kind == "person" and e.named and e.name.strip().lower() == surname}
    return next(iter(alone.values())) if len(alone) == 1 else None
