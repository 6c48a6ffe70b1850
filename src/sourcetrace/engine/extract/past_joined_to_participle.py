"""The subject of a past tense joined to a verb the parser hung on the sentence's noun.

"Her brother, Tomás Ruiz, waited outside but declined to comment, saying only that …": with an
aside between the subject and its first verb, the parser may read that verb as a participle
describing the noun ("waited" as "the brother waited upon") and leave the sentence with a noun for
its root. A past tense joined to that verb ("… but declined") shows the first was a past tense
too, the main verb, whose subject is the root noun: verbs joined by "and"/"but" share a tense and
a subject, and a participle of description takes no finite verb beside it.
"""
from __future__ import annotations

from spacy.tokens import Token

OWN_SUBJECT = {"nsubj", "nsubjpass", "agent", "auxpass"}


def subject_of_past_joined_to_participle(verb: Token) -> Token | None:
    """The sentence's root noun, for a past tense joined to a verb hung on that noun after a comma."""
    first = verb.head
    noun = first.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or first.dep_ != "acl" or first.tag_ not in ("VBD", "VBN") \
            or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > first.i:
        return None
    if any(c.dep_ in OWN_SUBJECT for c in (*verb.children, *first.children)):
        return None
    doc = verb.doc
    # the first verb opens its phrase right after a comma: the aside's end, not "the man seen …"
    after_aside = first.left_edge.i > noun.i + 1 and doc[first.left_edge.i - 1].text == ","
    return noun if after_aside else None
