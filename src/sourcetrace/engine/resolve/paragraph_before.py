"""A "he" or "she" opening a paragraph, after a paragraph that names just one person who fits.

"Sergeant Paul Grant said the suspect had been followed for weeks.\n\nOn Friday officers detained
Kofi Mensah at the airport.\n\nHe said he had been travelling to see his mother." The grouping
looks for sources, so it gives "he" to Grant, two paragraphs back; a reader takes the man the
paragraph just before names, whom the story never quoted (the object of an arrest, the agent of
a passive, a possessor). Only where the text pins it down: the pronoun's own paragraph names no
one before it, the one chosen is not in view in the paragraph before, and that paragraph names
exactly one person, outside quoted words, of the pronoun's sex by given name or by the word for
a person set beside the name, and no other person the pronoun may be. Later pronouns of the same
paragraph grouped with the one chosen go along.
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
from .mentions import analyse_mention
from .names import person_entities, without_titles
from .nearer import PRONOUN_GENDER, person_sex
from .described_in_passing import described_words, indefinite
from ..lexicon import gendered_words

BREAK = "\n\n"
OTHER = {"m": "f", "f": "m"}
# the pronouns of each sex that say someone is already in view
OF_SEX = {"m": re.compile(r"\b(?:he|him|his|himself)\b", re.I), "f": re.compile(r"\b(?:she|her|hers|herself)\b", re.I)}


def _paragraph_start(text: str, at: int) -> int:
    found = text.rfind(BREAK, 0, at)
    return found + len(BREAK) if found >= 0 else 0


def _name(person) -> list:
    return [t for t in without_titles(person) if t.tag_ != "POS"]


def in_view(e: Entity, m, since: int, at: int) -> bool:
    """Whether a mention of `e` other than `m` lies between `since` and `at`: its mentions are in
    text order, so from the latest back to the first before `since`, not all of them."""
    for x in reversed(e.mentions):
        if x.start < since:
            return False
        if x is not m and x.end <= at:
            return True
    return False


def _entity_named(person_words: list, entity_of: dict[int, Entity], by_name: dict, by_surname: dict,
                  said: str) -> Entity | None:
    """The source already known by the person's full name, else by their surname alone where only
    one person that fits is so known."""
    name = "".join(t.text_with_ws for t in person_words).strip().lower()
    if name in by_name:
        return by_name[name]
    fitting = [e for e in by_surname.get(person_words[-1].text.lower(), []) if e.fits(said)]
    return fitting[0] if len({id(e) for e in fitting}) == 1 else None


def prefer_the_one_named_just_before(doc: Doc, ordered: list, entity_of: dict[int, Entity], found: list[Found],
                                     heard_at: dict[int, int]) -> None:
    """Point a he/she that opens its paragraph at the one person of its sex named in the paragraph
    just before, where the one chosen was last in view before that (in place)."""
    text = text_of(doc)
    quoted = Cover(part for f in found for part in f.content)
    people = [p for p in person_entities(doc) if p.start_char not in quoted and not called_the(p)]
    starts = [p.start_char for p in people]
    by_name: dict[str, Entity] = {}
    by_surname: dict[str, list[Entity]] = {}
    for e in entity_of.values():
        if e.kind == "person" and e.named:
            by_name.setdefault(e.name.lower(), e)
            by_surname.setdefault(e.name.lower().split()[-1], []).append(e)
    mention_starts = [x.start for x in ordered]  # as `ordered` is sorted
    moved: dict[tuple[int, int], Entity] = {}  # (paragraph, id of the one chosen) -> the one now taken
    for k, m in enumerate(ordered):
        said = PRONOUN_GENDER.get(m.text.lower())
        e = entity_of[id(m)]
        if said is None or e.kind != "person":
            continue
        at = heard_at.get(id(m), m.start)
        paragraph = _paragraph_start(text, at)
        into = moved.get((paragraph, id(e)))
        if into is None:
            if paragraph == 0:
                continue
            into = _the_one_before(doc, text, quoted, m, e, at, paragraph, said, people, starts, ordered,
                                   mention_starts, entity_of, by_name, by_surname)
            if into is None:
                continue
            moved[(paragraph, id(e))] = into
        move_mention(m, into, entity_of)


def _the_one_before(doc: Doc, text: str, quoted: Cover, m, e: Entity, at: int, paragraph: int, said: str, people: list, starts: list,
                    ordered: list, mention_starts: list, entity_of: dict[int, Entity], by_name: dict,
                    by_surname: dict) -> Entity | None:
    before = _paragraph_start(text, paragraph - len(BREAK))
    if in_view(e, m, before, at):
        return None  # the one chosen is in view: "Grant said …\n\nHe said"
    if bisect_left(starts, at) != bisect_left(starts, paragraph):
        return None  # its own paragraph names someone before it: nearer.py's case
    # nor any other source before it in its own paragraph ("The spokesman said … He added")
    if any(x is not m and x.kind == "person" for x in ordered[bisect_left(mention_starts, paragraph):
                                                               bisect_left(mention_starts, at)]):
        return None
    named = people[bisect_left(starts, before):bisect_left(starts, paragraph)]
    fits, others = [], set()
    for p in named:
        words = _name(p)
        if not words:
            continue
        sex = person_sex(text, p, words[0].text if len(words) > 1 else "")
        if sex == said:
            fits.append(words)
        elif sex is None:
            others.add(words[-1].text)
    surnames = {words[-1].text for words in fits}
    if not fits and not others:  # no one named: one described ("Officers arrested a 34-year-old woman")
        return _the_one_described(doc, text, quoted, e, before, paragraph, said, ordered, mention_starts, entity_of)
    if len(surnames) != 1 or others - surnames:
        return None
    words = max(fits, key=len)  # "Kofi Mensah" over a later bare "Mensah"
    first = next(p for p in named if _name(p) and _name(p)[-1].text == words[-1].text)
    if any(hit.start() not in quoted for hit in OF_SEX[said].finditer(text, before, first.start_char)):
        return None  # "It was first proposed by his predecessor, Peter Brown": the "his" is still in view
    if len(words) < 2:
        return None
    if _another_in_view(e, before, paragraph, said, ordered, mention_starts, entity_of, words[-1].text):
        return None
    name = "".join(t.text_with_ws for t in words).strip()
    known = _entity_named(words, entity_of, by_name, by_surname, said)
    if known is e or name.lower() == e.name.lower():
        return None
    if known is not None:
        return known if known.fits(said) else None
    into = Entity(kind="person", named=True, name=name, surname=words[-1].text, first_name=words[0].text,
                  last_seen=words[0].idx)
    by_name[name.lower()] = into
    by_surname.setdefault(words[-1].text.lower(), []).append(into)
    return into


def _another_in_view(e: Entity, before: int, paragraph: int, said: str, ordered: list, mention_starts: list,
                     entity_of: dict[int, Entity], surname: str | None) -> bool:
    """Whether a source the pronoun may be, other than the one chosen and the one found, is in view
    in the paragraph before."""
    for x in ordered[bisect_left(mention_starts, before):bisect_left(mention_starts, paragraph)]:
        other = entity_of[id(x)]
        if x.kind == "person" and other is not e and other.fits(said) and not x.in_passing \
                and (other.name.split() or [""])[-1] != surname:
            return True
    return False


def _the_one_described(doc: Doc, text: str, quoted: Cover, e: Entity, before: int, paragraph: int, said: str,
                       ordered: list, mention_starts: list, entity_of: dict[int, Entity]) -> Entity | None:
    """The one person the paragraph before describes as "a"/"an" + a word of the pronoun's sex
    ("a 34-year-old woman", "a local mother of three"), outside quoted words; else None."""
    span = doc.char_span(before, paragraph, alignment_mode="contract")
    if span is None:
        return None
    lexicon = gendered_words()
    described = [t for t in span if t.tag_ == "NN" and not t.ent_type_ and t.idx not in quoted
                 and lexicon.get(t.lower_) == said and indefinite(t)]
    if len(described) != 1 or any(t.tag_ == "NN" and lexicon.get(t.lower_) == OTHER[said] for t in span):
        return None
    t = described[0]
    if any(hit.start() not in quoted for hit in OF_SEX[said].finditer(text, before, t.idx)):
        return None
    if _another_in_view(e, before, paragraph, said, ordered, mention_starts, entity_of, None):
        return None
    return described_entity(doc, text, t, said)


def described_entity(doc: Doc, text: str, t, said: str) -> Entity | None:
    """An entity for the person the noun `t` describes ("34-year-old woman"), with that
    description as a mention of its own."""
    words = described_words(t)
    start = text.find(words, t.left_edge.idx)
    if start < 0:
        return None
    into = Entity(kind="person", named=False, name=words, description=words, gender=said, last_seen=start)
    # the description as a mention of its own, so that the pronoun is no lone one to name again
    into.absorb(analyse_mention(doc, start, start + len(words), t.i))
    return into
