""""His office said the governor 'categorically rejects' any suggestion that funds were diverted",
"a spokeswoman said the company denies the allegations": a body's or person's denial, held now (the
present tense), told by whoever speaks for them, is the statement's stance. A rejection told in the
past ("said the board had rejected the claim") reports an event, and a rejection of no claim ("said
the council rejects the offer") a decision: both stay assertions.
"""
from __future__ import annotations

from spacy.tokens import Token

from .claim_nouns import names_a_claim
from .syntax import in_question, is_negated
from ..lexicon import cue_stance, word_set

PRESENT = ("VBZ", "VBP")


def denial_held_now(head: Token, lex: dict[str, frozenset[str]]) -> bool:
    """`head` is a verb of denying in the present, not negated, with a subject and a claim as object."""
    if head.pos_ != "VERB" or head.tag_ not in PRESENT or cue_stance(head.lemma_.lower()) != "deny" or is_negated(head):
        return False
    who = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if who is None or names_a_claim(who, tags=None, findings=True) or in_question(head):
        return False  # "the forensic report contradicts the account": a finding set against another, no one's denial
    return any(c.dep_ == "dobj" and (c.lower_ in lex["claim_subjects"] or c.lemma_.lower() in lex["claim_subjects"]
                                     or cue_stance(c.lemma_.lower(), noun=True) is not None
                                     or c.lemma_.lower() in word_set("claim_objects"))
               for c in head.children)
