"""A quote broken by its speaker's own act: "'The honourable member will know,' Ms Duarte began
slowly, 'that the contract is not mine.'" The words between the two pieces name who speaks, with
a verb that is no "said" ("began", "shrugged", "went on"), so the quote finder leaves both pieces
to the last person quoted. The subject set between the pieces of one quote is their speaker: the
pieces frame that clause and nothing else, so the text pins the one candidate.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..extract.base import Found
from ..parse import span_at, text_of

OPEN, CLOSE = "\"“‘'", "\"”’'"
# the interrupting clause: short, on one line, no quote marks (an apostrophe only inside a word: "O'Neill")
MID = r"((?:[^\"“”‘’'\n]|(?<=\w)['’](?=\w)){3,60}?)"
AFTER = re.compile(r"[,.!?…]?\s*[" + CLOSE + r"]\s*,?\s*" + MID + r",\s*[" + OPEN + r"]")
BEFORE = re.compile(r"[" + CLOSE + r"]\s*,?\s*" + MID + r",\s*[" + OPEN + r"]\s*$")
REACH = 70  # characters before a piece that the interrupting clause and its marks may take
PERSONAL = {"he", "she", "they", "i", "we"}


def interrupted_by(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each quote piece with no speaker that a clause between it and its other piece
    interrupts, the offsets and head token of that clause's subject."""
    text = text_of(doc)
    out = {}
    for i, f in enumerate(found):
        if f.type != "direct" or f.source is not None or f.cue is not None or not f.extra.get("continues"):
            continue
        start, end = f.content_span
        after = AFTER.match(text, end)
        before = BEFORE.search(text, max(0, start - REACH), start)
        for match in (after, before):
            if match is not None and (who := _subject(doc, match.start(1), match.end(1))) is not None:
                out[i] = who
                break
    return out


def _subject(doc: Doc, start: int, end: int) -> tuple[int, int, int] | None:
    """The subject of the clause's verb, a name, noun or person's pronoun, within the clause."""
    clause = span_at(doc, start, end)
    if clause is None:
        return None
    for verb in clause:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and clause.start <= c.i < clause.end), None)
        if subject is None or not (subject.pos_ in ("PROPN", "NOUN") or subject.lower_ in PERSONAL):
            continue
        # the subject's whole phrase: "his captain, Leo Brandt" names him in the apposition
        first, last = max(subject.left_edge.i, clause.start), min(subject.right_edge.i, clause.end - 1)
        while last > subject.i and doc[last].is_punct:
            last -= 1
        return doc[first].idx, doc[last].idx + len(doc[last].text), subject.i
    return None
