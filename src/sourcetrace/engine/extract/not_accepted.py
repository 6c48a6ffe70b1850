""""The commission said it did not accept this explanation", "we do not accept the findings", "the
ministry does not accept that the delays were caused by staffing": a claim not accepted is denied,
as "rejected" would deny it. Not a refusal to come ("we will not accept excuses" is a warning), not
the clause of someone described ("someone who does not accept that it is over"), and only a claim
or a clause as the thing not accepted ("did not accept the offer" turns down a deal). The verbs are
data (statements.json accepting_verbs).
"""
from __future__ import annotations

from spacy.tokens import Token

from .claim_nouns import names_a_claim
from .syntax import in_question, is_hedged, is_negated

POINTERS = ("that", "this")  # "we do not accept that": what was just said


def claim_not_accepted(head: Token, lex: dict[str, frozenset[str]]) -> bool:
    """`head` is a negated verb of accepting, in the present or past, with a claim or a clause as object."""
    if head.pos_ != "VERB" or head.lemma_.lower() not in lex["accepting_verbs"] or not is_negated(head):
        return False
    if head.dep_ in ("relcl", "acl") or is_hedged(head) or in_question(head):
        return False
    for c in head.children:
        if c.dep_ == "dobj" and (c.lower_ in POINTERS or names_a_claim(c, tags=("NOUN",), findings=True)):
            return True
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return True
    return False
