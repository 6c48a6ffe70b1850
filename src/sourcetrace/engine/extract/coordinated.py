"""Reported clauses joined by "and that": one statement's content in parts, one per clause.

"She said the plant would close and that 200 jobs would go" reports two things, each a claim
that others may confirm or deny on its own. The content keeps one span from the first to the
last clause, but its parts are the clauses ("the plant would close and", "that 200 jobs would go"),
as for a quote interrupted by its cue. Only a "that" that opens a clause joined to the one
before it counts ("and that decision stood" is a determiner, not a clause), and never inside
quote marks, where the words are the speaker's own.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..parse import span_at, text_of
from .base import Found, Offsets

JOINERS = {"and", "but"}
QUOTE_MARKS = "\"“”"


def split_coordinated(doc: Doc, found: Found) -> Found:
    """The find with its one reported span cut before each joined "that"-clause; else as it was."""
    if found.type == "direct" or len(found.content) != 1:
        return found
    start, end = found.content[0]
    span = span_at(doc, start, end)
    if span is None:
        return found
    text = text_of(doc)
    cuts = [t for t in span if _opens_joined_clause(t) and t.i > span.start
            and _outside_quotes(text[start:t.idx])]
    if not cuts:
        return found
    parts: list[Offsets] = []
    left = start
    for t in cuts:
        # the joiner ("…, and") stays on the clause before it: the parts cover every word of the
        # content, which stays one statement in its words, only cut where its claims part
        right = t.idx
        while right > left and text[right - 1].isspace():
            right -= 1
        if right > left:
            parts.append((left, right))
        left = t.idx
    parts.append((left, end))
    return replace(found, content=parts) if len(parts) > 1 else found


def _opens_joined_clause(token) -> bool:
    """"that" marking a clause that is a conjunct, right after "and"/"but" (or ", and")."""
    if token.lower_ != "that" or token.dep_ != "mark" or token.head.dep_ != "conj" or token.i < 1:
        return False
    before = token.nbor(-1)
    if before.lower_ in JOINERS:
        return True
    return before.text == "," and token.i > 1 and token.nbor(-2).lower_ in JOINERS


def _outside_quotes(before: str) -> bool:
    """No quote opened and left open before the cut."""
    straight = before.count('"') % 2 == 0
    return straight and before.count("“") <= before.count("”")
