""""“Our semester is already lost.” / The question came from Sunita Gurung, a student …": a quote
set on its own, whose speaker the next sentence names by pointing back at the words ("Those were
the words of …", "The plea came from …"), is that person's."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..extract.base import Found
from ..parse import text_of
from .names import people_starting_in

# What the next sentence calls the quote it points back at
QUOTE_WORDS = (r"(?:words?|question|plea|warning|remarks?|comments?|message|verdict|cry|complaint|answer|"
               r"reply|assessment|reaction|admission|boast|prediction|promise|vow|advice|view)")
POINTING_BACK = re.compile(
    r"(?:(?:Those|These|That|This|Such)\s+(?:were|was|are|is)\s+(?:the\s+)?(?:\w+\s+)?" + QUOTE_WORDS
    + r"\s+(?:of|from)"
    r"|(?:The|Those|These|That|This)\s+(?:\w+\s+)?" + QUOTE_WORDS + r"\s+(?:came|come|comes|were|was)\s+(?:from|of)"
    r"|So\s+(?:said|says))\s+", re.IGNORECASE)
CLOSERS = " \t\r\n\"'”’.,!?…"
NAME_REACH = 40  # characters after the pointing words that the person's name may start within


def named_after_the_quote(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each quote with no speaker of its own that the next sentence credits by pointing back,
    that person's name (offsets and head token)."""
    text = text_of(doc)
    out = {}
    for i, f in enumerate(found):
        if f.type != "direct" or f.source is not None or f.cue is not None:
            continue
        after = f.content_span[1]
        while after < len(text) and text[after] in CLOSERS:
            after += 1
        pointing = POINTING_BACK.match(text, after)
        if pointing is None:
            continue
        person = _first_person_from(doc, pointing.end())
        if person is not None:
            out[i] = (person.start_char, person.end_char, person.root.i)
    return out


def _first_person_from(doc: Doc, at: int):
    span = doc.char_span(at, min(at + NAME_REACH, len(text_of(doc))), alignment_mode="expand")
    if span is None:
        return None
    people = people_starting_in(doc, span.start, span.end)
    return people[0] if people else None
