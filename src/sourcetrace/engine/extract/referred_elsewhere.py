"""A question sent on in the speaker's own words: "She's my mom. Ask somebody else", "Talk to my
lawyer", "You'll have to ask someone else". A quote that tells the reporter to put the question to
someone else answers none of it: a non-response, like "referred questions to the ministry".
Only someone else or one who speaks for the speaker (lexicon no_response.json: referral_imperatives,
elsewhere_words, representative_nouns); "Ask anyone on that crew" or "Ask me again in 2031" call a
witness or put off, and assert.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import no_response
from ..parse import span_at
from .base import Found


IMPERATIVE_OPENERS = {"please", "just", "so", "then", "and", "go"}


def referred_elsewhere(doc: Doc, f: Found) -> bool:
    """A direct quote with a sentence that sends the question to someone else."""
    if f.type != "direct":
        return False
    for start, end in f.content:
        span = span_at(doc, start, end)
        if span is None:
            continue
        if any(_sends_on(t) for t in span if t.lemma_.lower() in no_response()["referral_imperatives"]):
            return True
    return False


def _sends_on(verb: Token) -> bool:
    """"Ask somebody else", "talk to my lawyer": a bare imperative (or "you'll have to ask …"), whose
    object is someone else or the speaker's representative."""
    lex = no_response()
    if verb.pos_ != "VERB" or verb.tag_ != "VB":
        return False
    who = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # a bare imperative opens its sentence ("Ask somebody else", "Please talk to my lawyer")
    opening = all(t.is_punct or t.lower_ in IMPERATIVE_OPENERS for t in verb.doc[verb.sent.start:verb.i])
    imperative = who is None and opening and not any(c.dep_ == "aux" for c in verb.children)
    told = verb.dep_ == "xcomp" and verb.head.lemma_ == "have" and any(
        c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.head.children)  # "you'll have to ask …"
    if not imperative and not told:
        return False
    asked = [c for c in verb.children if c.dep_ == "dobj"] \
        + [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for g in c.children if g.dep_ == "pobj"]
    return any(_someone_else(o, lex) for o in asked)


def _someone_else(word: Token, lex: dict) -> bool:
    if any(c.lower_ in lex["elsewhere_words"] for c in word.children) or \
            word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ in lex["elsewhere_words"]:
        return True
    return word.lemma_.lower() in lex["representative_nouns"] and any(
        c.dep_ == "poss" and c.lower_ in ("my", "our") for c in word.children)
