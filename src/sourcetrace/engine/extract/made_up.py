"""A claim said to have been made up is denied: "the complaint was fabricated to cover up a poor
result", "the story was concocted", "the figures were 'cooked up'". Writers everywhere deny so in the
passive, of the thing said; the verbs are data (statements.json falsifying_verbs). Not negated ("the
figures were not invented"), not a forecast or a question, and only of a word that names a claim
("the vaccine was invented in 1796" denies nothing).
"""
from __future__ import annotations

from spacy.tokens import Token

from .claim_nouns import names_a_claim
from .syntax import in_question, is_hedged, is_negated


def said_made_up(head: Token, lex: dict[str, frozenset[str]]) -> bool:
    """`head` is a passive verb of making up whose subject names something said."""
    if head.pos_ != "VERB" or head.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in head.children):
        return False
    particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
    verb = head.lemma_.lower() if particle is None else f"{head.lemma_.lower()} {particle}"
    if verb not in lex["falsifying_verbs"] and head.lemma_.lower() not in lex["falsifying_verbs"]:
        return False
    if is_negated(head) or is_hedged(head) or in_question(head):
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and (subject.lower_ in lex["claim_subjects"] and subject.pos_ == "PRON"
                                    or names_a_claim(subject, tags=("NOUN",), findings=True))
