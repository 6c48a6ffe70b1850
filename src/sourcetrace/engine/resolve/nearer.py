"""A "she said" with a person named between her and the one the grouping chose.

"These days the stand is run by the couple's granddaughter, Kelsey Ibsen, 24. “…,” she said."
The grouping sees only sources and the subjects of clauses, so it may give "she" to a woman named
paragraphs back; a reader takes the woman just named in the same paragraph, where her first name
says she fits and the one chosen was not named since.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from ..extract.base import Found
from ..parse import text_of
from .context import called_the
from .coref import Entity, move_mention
from .cover import Cover
from .names import person_entities, without_possessive, without_titles
from .gender import from_first_name, from_words

PRONOUN_GENDER = {"he": "m", "she": "f"}


BESIDE = re.compile(r"([A-Za-z]+),?\s*$")


def person_sex(text: str, person, first: str) -> str | None:
    """By the first name, else by the word for a person set just before the name ("the couple's
    granddaughter, Kelsey Ibsen")."""
    if (known := from_first_name(first)) is not None:
        return known
    beside = BESIDE.search(text, max(0, person.start_char - 40), person.start_char)
    return from_words([beside.group(1)]) if beside else None


OWNED_RELATIVE = re.compile(r"(?:['’]s)?\s+[a-z]+,\s*")


def _owner_of(text: str, x, person) -> bool:
    """"Pere's grandson, Nikau Pere": the one named beside the person is whose relative they are,
    no rival for a "he" that fits the relative."""
    return x.end <= person.start_char and OWNED_RELATIVE.fullmatch(text, x.end, person.start_char) is not None


OWNED_BY = re.compile(r"\b((?i:his|her))\s+(?:[a-z-]+[\s,]+){1,3}$")


def _owned_by(text: str, person, m, at: int) -> bool:
    """Whether the person is set, in the pronoun's own sentence and not at its head, as the
    pronoun's own ("his attorney, …", "her long-time agent …"): someone else than "he"."""
    owner = OWNED_BY.search(text, max(person.sent.start_char, person.start_char - 40), person.start_char)
    if owner is None or owner.start() == person.sent.start_char or not person.sent.start_char <= at < person.sent.end_char:
        return False
    return {"his": "he", "her": "she"}[owner.group(1).lower()] == m.text.lower()


def prefer_nearer_names(doc: Doc, ordered: list, entity_of: dict[int, Entity], found: list[Found],
                        heard_at: dict[int, int]) -> None:
    """Point a he/she source mention at the person named last before it in its paragraph (in place)."""
    text = text_of(doc)
    quoted = Cover(part for f in found for part in f.content)  # names in reported words are talked about
    people = [p for p in person_entities(doc) if p.start_char not in quoted and not called_the(p)]  # not "the William Henry"
    starts = [p.start_char for p in people]
    by_name: dict[str, Entity] = {}
    for e in entity_of.values():
        if e.kind == "person" and e.named:
            by_name.setdefault(e.name.lower(), e)
    for m in ordered:
        said = PRONOUN_GENDER.get(m.text.lower())
        e = entity_of[id(m)]
        if said is None or not e.named:
            continue
        at = heard_at.get(id(m), m.start)
        paragraph = text.rfind("\n\n", 0, at) + 2
        before = [x.end for x in e.mentions if x.end <= at and x is not m]
        since = max([paragraph, *before])
        near = [p for p in people[bisect_left(starts, since):bisect_left(starts, at)] if p.end_char <= at]
        if not near:
            continue
        p = near[-1]
        words = [t for t in without_titles(p) if t.tag_ != "POS"]
        name = without_possessive(without_titles(p))
        sex = person_sex(text, p, words[0].text)
        # a name of no known sex only as the one person named in the paragraph, the one chosen not
        # named in it at all ("The leader, Park Ji-hoon, 24, trained for six years. “…,” he says")
        alone = sex is None and since == paragraph and len({q.text for q in near}) == 1
        if len(words) < 2 or sex != said and not alone or name.lower() == e.name.lower() \
                or " " not in e.name and words[-1].text == e.name:
            continue
        if (known := by_name.get(name.lower())) is not None and not known.fits(said):
            continue
        if _owned_by(text, p, m, at):
            continue  # "Through his attorney, Lerato Moloi, he said": his attorney is not he
        if any(x is not m and p.sent.start_char <= x.start < p.sent.end_char and not _owner_of(text, x, p)
               for x in e.mentions):
            continue  # "Okwuosa rejected a suggestion from Bram Lutterodt": named beside her, not instead
        into = by_name.get(name.lower())
        if into is None:
            into = Entity(kind="person", named=True, name=name, surname=words[-1].text, first_name=words[0].text,
                          last_seen=p.start_char)
            by_name[name.lower()] = into
        move_mention(m, into, entity_of)
