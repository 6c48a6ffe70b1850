"""A speaker named after the words, set off by commas, that the parser took into them: "Ruth Calder
has won the leadership with 54 percent of the votes, the party's returning officer, Graham Oduya,
has announced." The name is read as an apposition of "percent", so the verb after it has no
subject and the words run on over the name. A verb of saying left with no subject right after the
words, whose words end on a person's name set off by a comma, is that person's: the comma-set name
just before a trailing "has announced" is the one who announces, as in every outlet's inverted
attribution.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..extract.base import Found
from ..parse import span_at, text_of
from .names import person_entities

SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
BETWEEN = re.compile(r"[\s,]*")  # only commas and spaces between the words and the verb


def trailing_speakers(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each source-less find so read, the name's offsets (with the post set before it) and head."""
    text, out = text_of(doc), {}
    ends = None
    for i, f in enumerate(found):
        if f.source is not None or f.cue is None or f.content_span[1] > f.cue[0]:
            continue
        cue = span_at(doc, *f.cue)
        verb = next((t for t in cue if t.pos_ == "VERB"), None) if cue is not None else None
        if verb is None or any(c.dep_ in SUBJECTS for c in verb.children) \
                or not BETWEEN.fullmatch(text[f.content_span[1]:f.cue[0]]):
            continue
        if ends is None:  # the people's names by where their words end, found once
            ends = {p[-1].i: p for p in person_entities(doc)}
        last = doc[verb.i - 1]
        while last.i > 0 and (last.is_punct or last.is_space or last.dep_ == "aux"):
            last = doc[last.i - 1]
        person = ends.get(last.i)
        if person is None or person.start == 0 or doc[person.start - 1].text != ",":
            continue
        first, head = person[0], person.root.head
        if person.root.dep_ == "appos" and head.i == person.start - 2 and head.pos_ == "NOUN":
            first = head.left_edge  # the post set before it: "the party's returning officer, Graham Oduya"
        out[i] = (first.idx, person.end_char, person.root.i)
    return out
