"""A "he" or "she" opening a sentence after one that describes a single person of its sex.

"Inspector Helen Ward said the raid had been planned for months. Officers arrested a 34-year-old
woman at the scene. She said she had only been visiting a friend." The grouping holds to Ward, the
source in view; a reader takes the woman just described, whom no one quoted. Only where the
sentence before names no one, holds no source and no mention of the one chosen, and describes
exactly one person as "a"/"an" + a word of the pronoun's sex (not set beside a name: "Ward, a
mother of two,"), with no "his"/"her" before it, outside quoted words. Later pronouns of the
paragraph grouped with the one chosen go along. A paragraph before is paragraph_before.py's case.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from ..extract.base import Found
from ..lexicon import gendered_words
from ..parse import span_at, text_of
from .coref import Entity, move_mention
from .cover import Cover
from .described_in_passing import indefinite
from .names import person_entities
from .nearer import PRONOUN_GENDER
from .paragraph_before import BREAK, OF_SEX, OTHER, described_entity, in_view

OPENING = " \"'“‘"


def prefer_the_one_described_just_before(doc: Doc, ordered: list, entity_of: dict[int, Entity],
                                         found: list[Found], heard_at: dict[int, int]) -> None:
    """Point a he/she that opens its sentence at the one person of its sex the sentence before
    describes, where that sentence is the one chosen's no more (in place)."""
    text = text_of(doc)
    quoted = Cover(part for f in found for part in f.content)
    named = sorted(p.start_char for p in person_entities(doc) if p.start_char not in quoted)
    mention_starts = [x.start for x in ordered]
    moved: dict[tuple[int, int], Entity] = {}  # (paragraph, id of the one chosen) -> the one now taken
    for m in ordered:
        said = PRONOUN_GENDER.get(m.text.lower())
        e = entity_of[id(m)]
        if said is None or e.kind != "person":
            continue
        at = heard_at.get(id(m), m.start)
        paragraph = text.rfind(BREAK, 0, at)
        into = moved.get((paragraph, id(e)))
        if into is None:
            into = _described_before(doc, text, quoted, named, m, e, at, said, ordered, mention_starts)
            if into is None:
                continue
            moved[(paragraph, id(e))] = into
        move_mention(m, into, entity_of)


def _described_before(doc: Doc, text: str, quoted: Cover, named: list[int], m, e: Entity, at: int, said: str,
                      ordered: list, mention_starts: list) -> Entity | None:
    here = span_at(doc, at, at + 1)
    if here is None or here.sent.start == 0 or text[here.sent.start_char:at].strip(OPENING):
        return None
    before = doc[here.sent.start - 1].sent
    if BREAK in text[before.start_char:at] or not e.mentions or e.mentions[0].start >= before.start_char:
        return None
    if in_view(e, m, before.start_char, at) \
            or bisect_left(named, before.start_char) != bisect_left(named, before.end_char) \
            or any(x.kind == "person" for x in ordered[bisect_left(mention_starts, before.start_char):
                                                       bisect_left(mention_starts, before.end_char)]):
        return None
    lexicon = gendered_words()
    described = [t for t in before if t.tag_ == "NN" and not t.ent_type_ and t.idx not in quoted
                 and lexicon.get(t.lower_) == said and indefinite(t) and t.dep_ != "appos"]
    if len(described) != 1 or any(t.tag_ == "NN" and lexicon.get(t.lower_) == OTHER[said] for t in before):
        return None
    t = described[0]
    if any(hit.start() not in quoted for hit in OF_SEX[said].finditer(text, before.start_char, t.idx)):
        return None
    return described_entity(doc, text, t, said)
