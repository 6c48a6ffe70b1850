""""The opposition dismissed the congress as 'a staged ritual'", "dismissed the summit as a photo
opportunity": a verb of rejecting with "as" and a thing that is no claim puts the speaker's own name
on an event or a body; nothing said is denied, so the statement asserts. "Dismissed the report as
fiction", "rejected the allegations as baseless" name a claim and stay denials.
"""
from __future__ import annotations

from spacy.tokens import Token

from .claim_nouns import names_a_claim


def named_not_denied(verb: Token | None, lex: dict[str, frozenset[str]]) -> bool:
    """`verb` ("dismissed") takes an object that names no claim and an "as" phrase for it."""
    if verb is None or verb.lemma_.lower() not in lex["deciding_verbs"] or verb.lemma_.lower() in lex["act_claim_verbs"]:
        return False  # "denies a link": what "deny" takes is said not to be so, a claim whatever its noun
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or names_a_claim(thing, tags=None, findings=True):
        return False
    # the name put on it, straight after the thing: not "as" opening a clause ("denies a link as the row deepens")
    after = thing.right_edge.i + 1
    # the name may be an adjective ("dismissed her work as "decorative"")
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i == after and any(g.dep_ in ("pobj", "amod", "acomp")
                                                                              for g in c.children)
               and not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in c.subtree)
               for c in (*verb.children, *thing.children))
