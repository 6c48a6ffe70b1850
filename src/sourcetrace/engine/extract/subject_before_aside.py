"""The speaker who opens the sentence, set off from the cue by an aside: "Sen. Ann Cole, R-Ohio,
who wrote the bill, said …", "Paul Vance, 54, said …", "Reeve Paul Szabo of the township, who
brought the motion, said …", "My colleague Dr. Pierre Roy — he's my husband, so I hear about it
too — says …". A long aside can lead the parser to take the name for the subject of the aside's
own verb, or for an object, and leave the cue verb with no subject. The name is the subject when
the words before the first comma are a noun phrase alone (no verb of their own) and the words
after it open an aside: a relative pronoun, an age, a party-and-state tag, an article; or when
a pair of dashes holds the aside, whatever it says.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..parse import LONG_DASHES as DASHES, text_of

FINITE = {"VBD", "VBZ", "VBP", "MD"}
RELATIVE = {"WP", "WP$", "WDT"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
# "R-Texas", "D-Ohio", "I-Vt.", "R-Alder Creek": the party and state (or home town) of US lawmakers
PARTY_TAG = re.compile(r"^[RDI]-[A-Z]")


def subject_before_aside(verb: Token) -> Token | None:
    """The last name word of the noun phrase that opens the verb's sentence, when an aside set off by
    commas is all that stands between that phrase and the verb."""
    doc, sent = verb.doc, verb.sent
    mark = doc[verb.i - 1].text if verb.i >= 3 else ""
    if mark not in DASHES and mark != "," or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    start = sent.start
    while start < verb.i and doc[start].is_punct:
        start += 1  # an opening quote mark or dash
    if mark in DASHES:  # "X — anything at all — says": the first dash opens the aside
        opening = next((t.i for t in doc[start:verb.i - 1] if t.text in DASHES), None)
    else:
        opening = next((t.i for t in doc[start:verb.i - 1] if t.text == ","), None)  # the first comma
        if opening is not None and not _opens_aside(doc[opening + 1]):
            return None
    if opening is None or opening == start:
        return None
    phrase = doc[start:opening]
    opener = phrase[0].pos_ in ("PROPN", "NOUN", "DET", "ADJ") or phrase[0].tag_ == "PRP$" \
        or phrase[0].is_title and phrase[0].pos_ == "VERB"
    if not opener or not all(_in_name_phrase(t) for t in phrase):
        return None  # "On Monday, …", "After the vote, …": a fronted phrase, no speaker
    names = [t for t in phrase if t.pos_ in ("PROPN", "NOUN")]
    if not names:
        return None
    head = names[0]
    while head.i + 1 < opening and doc[head.i + 1].pos_ in ("PROPN", "NOUN"):
        head = doc[head.i + 1]  # "Sen. Wade Hollister": the run's last word heads it
    return head


def _in_name_phrase(token: Token) -> bool:
    """A word of a noun phrase with its title and "of" phrase: "Reeve Paul Szabo of the township"."""
    if token.tag_ in FINITE:
        return False
    return token.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PART", "NUM") or token.tag_ == "PRP$" \
        or token.lower_ in ("of", "for", "at") \
        or token.text in (".", "-", "&", "'", "’") or token.pos_ == "VERB" and token.is_title  # a title read as a verb: "Reeve"

def _opens_aside(token: Token) -> bool:
    return token.tag_ in RELATIVE or token.like_num or token.lower_ in ("a", "an", "the") \
        or bool(PARTY_TAG.match(text_of(token.doc)[token.idx:token.idx + 4])) or _participle_aside(token)


def _participle_aside(token: Token) -> bool:
    """"Kallarackal, reached over the phone, said", "Okafor, speaking after the vote, said": a
    participle and the phrase it opens (the parser may read "reached" as a past tense)."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.tag_ in ("VBN", "VBG") or token.tag_ == "VBD" and after is not None and after.pos_ == "ADP"
