"""A call to someone that gives them no name: "his mother called him", "his father's illness called
him home", "as the staff called him". The verb of naming (lexicon statements.json summoning_verbs)
with only its object, or a word of place ("home", "back"), reports a summons or a telephone call,
not words; "called him a liar", "called the report misleading", "called for a strike" say something.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import load_json

SAYING_DEPS = {"oprd", "ccomp", "xcomp", "attr", "acomp", "dative", "advmod"}
PLACE_WORDS = {"home", "back", "away", "in", "out", "over", "up", "down", "here", "there", "round", "around", "later",
               "again", "today", "yesterday", "tonight", "once", "twice", "often", "daily", "repeatedly", "late", "early"}


def summoned(verb: Token) -> bool:
    """The cue verb calls someone and says nothing of them."""
    if verb.lemma_.lower() not in load_json("statements.json")["summoning_verbs"]:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(c.dep_ == "prt" for c in verb.children):
        return False
    # a verdict the parser hung on the object after it ("called the allegations false")
    if any(d.i > o.i and d.dep_ in ("amod", "appos", "acl") for o in objects for d in o.children):
        return False
    # a complement that is a word of place ("called him home", "called them back") names nothing;
    # "called the goal offside" does
    return not any(c.dep_ in SAYING_DEPS and c.lower_ not in PLACE_WORDS for c in verb.children) \
        and not any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") for c in verb.children) \
        and not any(t.is_quote for t in verb.subtree)


PERSONAL_OBJECTS = {"him", "her", "them", "me", "us"}


def named_as(verb: Token) -> bool:
    """"Everyone calls him Uncle Hamadi", "his teammates called her simply Big Jo": a person given a
    name (a proper noun as the complement) is what they go by, no words reported; "called him a
    liar" gives a verdict and stays."""
    if verb.lemma_.lower() not in load_json("statements.json")["summoning_verbs"]:
        return False
    doc = verb.doc
    # the parser may hang "him" on the name after it ("calls him Uncle Hamadi")
    person = verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in PERSONAL_OBJECTS \
        or any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children)
    names = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "attr") and c.i > verb.i]
    return person and len(names) == 1 and names[0].pos_ == "PROPN" and names[0].text[:1].isupper()
