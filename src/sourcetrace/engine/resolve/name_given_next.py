"""Someone brought in by what they are, and named by the very next sentence: "A caller from Zomba
said the roads had not been graded. He gave his name as Peter Mwale." "A woman selling tomatoes
said prices had doubled. Her name is Grace Phiri." Phone-ins, vox pops and crowd scenes are written
so everywhere: the words first, then who said them. The next sentence must open on the naming
("He gave his name as", "She identified herself as", "Her name is"), its pronoun must fit the one
described, and no one else may be named or quoted between them; otherwise the grouping stands.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..parse import span_at, text_of
from .coref import Entity, move_mention

NAME = r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)"
NAMING = re.compile(
    r"[\"“‘']?(?:(?P<subject>He|She)\s+(?:later\s+|only\s+)?"
    r"(?:gave\s+(?:his|her)\s+(?:full\s+|first\s+)?name\s+(?:only\s+)?as"
    r"|(?:identified|introduced|named|called)\s+(?:himself|herself)\s+(?:only\s+)?as)"
    r"|(?P<owner>His|Her)\s+(?:full\s+)?name\s+(?:is|was))\s+" + NAME)
SEX = {"he": "m", "his": "m", "she": "f", "her": "f"}


def name_given_next(doc: Doc, ordered: list, entity_of: dict[int, Entity]) -> None:
    """Name each unnamed person whose last mention is followed, in the next sentence and with no one
    else in view between, by a sentence that gives a name of the right sex (in place); where the
    name is a mention of its own, the person joins its entity."""
    text = text_of(doc)
    last = {}
    for k, m in enumerate(ordered):
        last[id(entity_of.get(id(m)))] = k
    for k in sorted(set(last.values())):
        m = ordered[k]
        e = entity_of.get(id(m))
        if e is None or e.kind != "person" or e.named:
            continue
        here = span_at(doc, m.start, m.end)
        if here is None or here.sent.end >= len(doc):
            continue
        following = doc[here.sent.end].sent
        given = NAMING.match(text, following.start_char)
        if given is None or not e.fits(SEX[(given.group("subject") or given.group("owner")).lower()]):
            continue
        between = [x for x in ordered[k + 1:] if x.start < following.end_char and entity_of.get(id(x)) is not e]
        named = [x for x in between if given.start("name") <= x.start < given.end("name")]
        if len(between) > len(named):
            continue  # someone else is in view before the name is given
        into = entity_of.get(id(named[0])) if named else None
        if into is not None and into is not e and into.kind == "person":
            for x in list(e.mentions):
                move_mention(x, into, entity_of)
            continue
        name = given.group("name")
        e.named, e.name, e.surname = True, name, name.split()[-1]
