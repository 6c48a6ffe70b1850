"""A quote with no cue whose next sentence says whose words they were: "“Now we wait.” The speaker
is Caridad Pupo Rizo, 71, …", "“He touched the ball first.” That was Benabdeslam's reply when told
of the complaint." Features open on the words and name their owner after them; the sentence that
names the owner (its patterns: lexicons/statements.json `owner_sentences`) ties the quote to them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..extract.base import Found
from ..lexicon import load_json
from ..parse import text_of
from .names import is_title_word, person_entities

CLOSERS = " \t\r\n\"'”’"
OPENERS = "\"'“‘"
NAME_OPENS = r"[^\W\d_]"  # a letter, accented ones too ("Óscar"): the name found there is checked


@lru_cache(maxsize=1)
def _owner_sentences() -> re.Pattern:
    """One pattern for every opening in the lexicon, each with a {name} slot."""
    openings = load_json("statements.json")["owner_sentences"]
    slots = [o.replace("{name}", f"(?P<name{k}>{NAME_OPENS})") for k, o in enumerate(openings)]
    return re.compile("|".join(f"(?:{slot})" for slot in slots))


def owned_after(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """Each quote with no speaker whose next sentence names its owner, with that person's name
    (offsets and head token). A cue the quote took from that sentence ("… reply when told of the
    complaint") leaves it no speaker of its own."""
    text = text_of(doc)
    people = {p.start_char: p for p in person_entities(doc)}
    out = {}
    for i, f in enumerate(found):
        start = f.content_span[0]
        quoted = f.type == "direct" or start > 0 and text[start - 1] in OPENERS
        if f.source is not None or not quoted:
            continue
        k = f.content_span[1]
        while k < len(text) and text[k] in CLOSERS + ".":
            k += 1
        hit = _owner_sentences().match(text, k)
        if hit is None:
            continue
        at = next(hit.start(g) for g in hit.groupdict() if hit.group(g) is not None)
        if (person := people.get(at) or _past_titles(doc, at, people)) is not None:
            out[i] = (person.start_char, person.end_char, person[-1].i)
    return out


def _past_titles(doc: Doc, at: int, people: dict):
    """The name after the titles the tagger left out of it ("The voice belongs to Hajiya Hauwa'u …")."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    k = span.start
    while k < len(doc) and is_title_word(doc[k].text):
        k += 1
    return people.get(doc[k].idx) if span.start < k < len(doc) else None
