""""The study overstated the role of drainage", "the sample 'does not reflect' enrolment data", "the
report distorts what was agreed": a claim, finding or figure said to misstate, or not to reflect, the
facts is denied. Only of a word that names something said or found, or a measure taken (a
sample, data: statements.json measured_things; a river "does not match" nothing said); not asked, not a forecast. The verbs are data (statements.json misstating_verbs, reflecting_verbs).
"""
from __future__ import annotations

from spacy.tokens import Token

from .claim_nouns import names_a_claim
from .syntax import in_question, is_hedged, is_negated


def said_to_misstate(head: Token, lex: dict[str, frozenset[str]]) -> bool:
    """`head` misstates ("overstated") or, negated, does not reflect, with a claim or finding as subject."""
    if head.pos_ != "VERB" or is_hedged(head) or in_question(head):
        return False
    lemma = head.lemma_.lower()
    misstates = lemma in lex["misstating_verbs"] and not is_negated(head)
    unfaithful = lemma in lex["reflecting_verbs"] and is_negated(head)
    if not (misstates or unfaithful):
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject is not None and (names_a_claim(subject, tags=("NOUN",), findings=True)
                                    or subject.lemma_.lower() in lex["measured_things"])
