"""A person called by first name alone whom the text named in full before.

"Rashid Kallas, 61, was behind the counter … “…,” Rashid said." The full name may sit where no
source or subject-of-a-clause rule saw it (inside another source's reported words), so it is
looked for among every person named in the text outside quoted speech.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from ..extract.base import Found
from .coref import Entity, introduced_as_kin
from .cover import Cover
from .given_in_pairs import first_of_pairs_in_full, given_names_set
from .gender import from_first_name, is_first_name
from .names import glottal_name, person_entities, without_titles
from ..lexicon import kind_words, word_set


def _full_names(doc: Doc, found: list[Found]) -> dict[str, dict[str, int]]:
    """Each first name with the full names that open with it, each where it is first named;
    names inside quoted words are talked about and left out."""
    quoted = Cover(part for f in found if f.type == "direct" for part in f.content)
    names: dict[str, dict[str, int]] = {}
    for p in person_entities(doc):
        if p.start_char in quoted:
            continue
        words = [t for t in without_titles(p) if t.tag_ != "POS"]
        if len(words) > 1 and (words[0].is_title and words[0].text.isalpha() or glottal_name(words[0].text)):
            name = "".join(t.text_with_ws for t in words).strip()
            names.setdefault(words[0].text, {}).setdefault(name, p.start_char)
            if len(words) > 2 and words[0].lower_ in word_set("given_name_openers") and words[1].is_title:
                # "Md Shafiqul Alam Chowdhury" … "Shafiqul said": the given name after the opener
                names.setdefault(words[1].text, {}).setdefault(name, p.start_char)
    people = {p.text for p in person_entities(doc)}
    for given, name, at in first_of_pairs_in_full(doc, people):
        if at not in quoted:
            names.setdefault(given, {}).setdefault(name, at - 1)  # named in full where the pair stands
    return names


POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


def _kin_of(e: Entity, surname: str) -> bool:
    """Whether the person was brought in as the relative of someone called by `surname` ("Vink's
    brother Pieter", "Okafor's daughter Ada"): a sibling or child named by a given name alone is
    of that family, and the full name that joins the two (even one written later) is theirs."""
    kin = kind_words()["kin"]
    for m in e.mentions:
        words = (m.description or "").split()
        if len(words) >= 2 and words[-1].lower() in kin and any(
                words[-2].endswith(end) and words[-2][:-len(end)] == surname for end in POSSESSIVE_ENDS):
            return True
    return False


def _the_family(surnames: Counter) -> str | None:
    """The one surname two or more people named in full bear: the family a story is about."""
    shared = [surname for surname, n in surnames.items() if n >= 2]
    return shared[0] if len(shared) == 1 else None


OWNER_SEX = {"his": "m", "her": "f", "their": None}


def _kin_of_a_pronoun(e: Entity) -> tuple[int, str | None] | None:
    """Where a person brought in by a given name alone as the relative of a "his", "her" or
    "their" was ("Their younger brother, Dayo, 15"), with the owner's sex; else None."""
    kin = kind_words()["kin"] - SPOUSES
    for m in e.mentions:
        words = [w.strip(",") for w in m.text.lower().split()]
        if len(words) >= 3 and words[0] in OWNER_SEX and (words[1] in kin or words[2] in kin):
            return m.start, OWNER_SEX[words[0]]
    return None


def _last_named(names: dict[str, dict[str, int]], at: int, sex: str | None) -> str | None:
    """The surname of the person last named in full before `at` whom "his" or "her" fits:
    "His brother Conor" after "Ardmoyle captain Darragh Fennelly" is a Fennelly, whatever family
    the story is otherwise about."""
    before = [(where, full) for fulls in names.values() for full, where in fulls.items() if where < at
              and (sex is None or from_first_name(full.split()[0]) in (None, sex))]
    return max(before)[1].split()[-1] if before else None


SPOUSES = {"wife", "husband", "partner", "spouse", "fiancee", "fiancé", "fiancée", "widow", "widower"}


def name_by_first_names(doc: Doc, ordered: list, entity_of: dict[int, Entity], found: list[Found]) -> None:
    """A person known only by a one-word name that opens exactly one full name named before them
    takes that name, joined to that person where they are a source already (in place). Not where
    two full names share the first name, where the word also ends someone's name (a surname), or
    where the person was brought in as someone's relative ("her daughter, Emma"), unless the full
    name is of a family the text names, its surname ending another full name or shared in a pair
    ("brothers Yohane and Peter Chirwa" … "his younger brother, Peter"): the relative is of it."""
    names = _full_names(doc, found)
    surnames = Counter(full.split()[-1] for fulls in names.values() for full in fulls)
    by_name = {e.name.lower(): e for e in entity_of.values() if e.kind == "person" and e.named and " " in e.name}
    done: set[int] = set()
    for m in ordered:
        e = entity_of[id(m)]
        word = e.name.strip()
        if id(e) in done or e.kind != "person" or not e.named or " " in word:
            continue
        done.add(id(e))
        fulls = names.get(word, {})
        if not fulls and (family := _the_family(surnames)) is not None and (owner := _kin_of_a_pronoun(e)) \
                and (owner[1] is None or _last_named(names, *owner) == family) \
                and is_first_name(word) and word not in surnames:  # "their": the family itself
            e.name, e.surname = f"{word} {family}", family  # "Their younger brother, Dayo": Dayo Adeyemi
            continue
        if len(fulls) != 1 or word in surnames:
            continue
        (full, at), = fulls.items()
        surname = full.split()[-1]
        owned = _kin_of(e, surname)  # "Vink's brother Pieter": the reader knows him as Pieter Vink
        family = surnames[surname] >= 2 or (word, surname) in given_names_set(doc) or owned
        if introduced_as_kin(e) and not family:
            continue  # a relative, and no family of that name in the text
        if at >= min(x.start for x in e.mentions) and not owned:
            continue  # named in full only later: the reader has not met them yet
        into = by_name.get(full.lower())
        if into is not None and None not in (into.gender, e.gender) and into.gender != e.gender:
            continue  # "Mr Ong" is not "Madam Ong Bee Lian", whose family name opens her name
        if into is None or into is e:
            e.name, e.surname = full, full.split()[-1]
            by_name[full.lower()] = e
            continue
        for x in e.mentions:
            entity_of[id(x)] = into
            into.absorb(x)
