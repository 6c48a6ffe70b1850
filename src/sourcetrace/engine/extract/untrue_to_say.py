""""It was simply untrue to suggest that he had paid the elders", "it is wrong to say we ignored
them", "it is not true to claim …": an extraposed "it" standing for saying something, called
untrue, denies what is said. The same verdict as "to suggest that … is untrue" (content_stance
_characterisation_untrue), in the order most writers use; "it is wrong to punish them" (no verb of
saying) judges an act and stays an assertion.
"""
from __future__ import annotations

from spacy.tokens import Token

from .syntax import in_question, is_negated


def untrue_to_say(root: Token, subject: Token | None, said_of: list[Token], lex: dict[str, frozenset[str]]) -> bool:
    """`root` ("was") with "it" as subject, a verdict of untrue, and an infinitive of saying."""
    if subject is None or subject.lower_ != "it" or not said_of or in_question(root):
        return False
    saying = [c for t in [root, *said_of] for c in t.children
              if c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_.lower() in lex["characterising_verbs"]
              and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if not saying:
        return False
    words = [w for c in said_of for w in [c, *(d for d in c.children if d.dep_ == "conj")]]
    if is_negated(root) or any(d.dep_ == "neg" for c in said_of for d in c.children):
        return any(w.lemma_.lower() in lex["truth_predicates"] for w in words)  # "not true to say"
    return any(w.lemma_.lower() in lex["denial_predicates"] or w.lower_ in lex["denial_predicates"] for w in words)


def saying_supposed(verb: Token | None, lex: dict[str, frozenset[str]]) -> bool:
    """"to suggest" in "it was untrue to suggest that …": a saying the verdict supposes, no one's
    words; the verdict is the statement, by whoever gave it."""
    if verb is None or verb.lemma_.lower() not in lex["characterising_verbs"] \
            or verb.dep_ not in ("xcomp", "ccomp", "advcl") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return False
    holder = verb.head if verb.head.lemma_ == "be" else verb.head.head
    return holder.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in holder.children)
