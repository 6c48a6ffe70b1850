"""A source called by the description set beside a name ("evidence from Dr Hanne Okafor, a materials
engineer, who said … and showed …"): the description is the named person, not someone new, so a
"she" that follows finds her by name."""
from __future__ import annotations

from spacy.tokens import Doc

from ..extract.base import Found
from .names import person_entities, without_titles
from ..parse import span_at


def described_names(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find whose source's head is a noun in apposition after a person's name, that
    name's offsets and head."""
    out = {}
    people = {i: p for p in person_entities(doc) for i in range(p.start, p.end)}
    for i, f in enumerate(found):
        if f.source is None or f.extractor == "colon":
            continue  # a label the parser ran on from the line before ("VARGA: …" / "THE COURT: …")
        span = span_at(doc, *f.source)
        if span is None:
            continue
        head = doc[f.source_head] if f.source_head is not None else span.root
        # the head is the description's noun, set after the name it describes
        if head.pos_ != "NOUN" or head.dep_ != "appos" or head.head.i >= head.i:
            continue
        person = people.get(head.head.i)
        if person is not None and person.end <= span.start:
            name = without_titles(person)
            out[i] = (name.start_char, name.end_char, name.root.i)
    return out
