"""A refusal announced for someone: "His publicist said he would not be commenting further", "a
spokeswoman said the mayor will not comment". One who tells reporters that another will not
speak gives that silence, once: the report is the non-response, not an assertion holding a second
one. Only a refusal said now ("would not", "will not", "is not commenting"); a silence so far or in the past
("she said he did not return her calls", "has not responded") is something that happened, and a
habit ("the landlord does not answer letters") a complaint, each reported by another.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

# a will refused, not an ability: "she said he could not comment on the case" may be a rule he is
# under, told of him, and stays a report of another's silence
WILLING_MODALS = {"would", "will", "wo", "'ll", "shall"}
MAX_WHO_WORDS = 4  # "the mayor", "her husband", "the club's owner": a short name for one silent


def refusal_announced(doc: Doc, who: Span, cue: Span) -> bool:
    """`who` is a person or body named shortly, and the silence in `cue` is a refusal, not a past one."""
    if not len(who) or len(who) > MAX_WHO_WORDS or not _refusing(cue):
        return False
    head = who.root
    return head.pos_ in ("PRON", "PROPN", "NOUN") and head.lower_ not in ("it", "this", "that", "nobody", "no-one")


def _refusing(cue: Span) -> bool:
    """"would not comment", "will not be commenting", "is not commenting": a refusal, said now."""
    return any(t.tag_ == "MD" and t.lower_ in WILLING_MODALS for t in cue) or any(t.tag_ == "VBG" for t in cue) and any(
        t.lemma_ == "be" and t.tag_ in ("VBZ", "VBP") for t in cue)
