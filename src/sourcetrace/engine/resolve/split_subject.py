"""A subject the parser cut off from its verb as a sentence of its own: "Residents of Skerra say a
plan to cut the ferry could empty the island", read as "Residents" / "of Skerra" / "say …". A verb of
saying with no subject that opens a sentence, with the words before it on the same line ending in
no stop, is said by those words: the line runs on into the verb, and the words before it, holding
no verb, are its subject.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..extract.base import Found
from ..parse import span_at, text_of

SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
STOPS = re.compile(r"[.!?:;\"“”‘’]")
MOST_WORDS = 8  # a subject's words: "Residents of the island of Skerra"


def split_subjects(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each source-less find whose verb opens a sentence the parser split from its subject, the
    words before it on its line (offsets and head token)."""
    text, out = text_of(doc), {}
    for i, f in enumerate(found):
        if f.source is not None or f.cue is None:
            continue
        cue = span_at(doc, *f.cue)
        verb = next((t for t in cue if t.pos_ in ("VERB", "AUX")), None) if cue is not None else None
        if verb is None or verb.tag_ not in ("VBP", "VBZ", "VBD") or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        opening = doc[verb.sent.start]
        if opening.i == 0 or not cue.start <= opening.i <= verb.i:
            continue  # the sentence opens on the cue itself ("say", "have said")
        at = opening.idx
        line = text.rfind("\n", 0, at) + 1
        before = text[line:at]
        if not before.strip() or STOPS.search(before) or not before.lstrip()[:1].isupper():
            continue
        words = span_at(doc, line + len(before) - len(before.lstrip()), line + len(before.rstrip()))
        if words is None or len(words) > MOST_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        # the head: the last word before any preposition ("Residents" of "Residents of Skerra")
        head = next((t for t in words if t.pos_ == "ADP"), None)
        head = doc[head.i - 1] if head is not None and head.i > words.start else words[-1]
        if head.pos_ not in ("NOUN", "PROPN"):
            continue
        out[i] = (words.start_char, words.end_char, head.i)
    return out
