"""A phrase of place or time set before the subject that the parser takes for the subject itself:
"Outside court, Detective Inspector Carla Vukovic, who leads the unit, said …", with "Outside" read
as an adjective, "court" as the subject and the name joined to it as a second one, though no "and"
or "or" joins them. Two subjects side by side with nothing but a comma between are no pair: the
name after the comma is the one who speaks, the phrase before it where or when."""
from __future__ import annotations

from spacy.tokens import Doc

from ..extract.base import Found
from ..parse import span_at
from .names import person_entities


def subjects_after_fronted_places(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find whose source is a common noun with a person's name joined to it by a comma
    alone, the name (offsets and head token)."""
    out: dict[int, tuple[int, int, int]] = {}
    people = None
    for i, f in enumerate(found):
        if f.source is None or f.source_head is None or not 0 <= f.source_head < len(doc):
            continue
        head = doc[f.source_head]
        if head.pos_ != "NOUN" or any(c.dep_ in ("cc", "preconj") for c in head.children):
            continue
        joined = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > head.i]
        if len(joined) != 1 or doc[joined[0].left_edge.i - 1].text != ",":
            continue
        people = person_entities(doc) if people is None else people
        name = next((p for p in people if p.start <= joined[0].i < p.end), None)
        source = span_at(doc, *f.source)
        if name is not None and source is not None and source.start <= head.i and name.start <= source.end:
            out[i] = (name.start_char, name.end_char, name.root.i)
    return out
