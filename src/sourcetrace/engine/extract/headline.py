"""A headline's denial the parser misreads: "Port authority rejects claim contract was rigged".

Without the articles and tenses of a sentence, the parser may take "rejects" for a plural noun
and "claim" for the verb: the find then has "Port authority rejects" as its source and "claim"
as an assertion's cue. A deny verb's form, right before a noun that names a claim, is the cue
of a denial whatever its tag; the words before it are the source.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import cue_stance
from .base import Found
from .claim_nouns import names_a_claim
from .syntax import token_offsets
from ..parse import span_at

MAX_SOURCE_WORDS = 8


def deny_form(token: Token) -> bool:
    """"rejects", "denies", "disputes" as the parser tagged them: verb, noun or adjective."""
    if cue_stance(token.lemma_) == "deny":
        return True
    word = token.lower_
    stems = [word[:-3] + "y"] if word.endswith("ies") else []
    stems += [word[:-1], word[:-2]] if word.endswith("s") else []
    return any(cue_stance(stem) == "deny" for stem in stems)


def repair(doc: Doc, f: Found) -> None:
    """Make `f` the denial it is when its cue or source holds a deny verb's form before a claim noun."""
    if f.cue is None:
        return
    start = min(f.cue[0], f.source[0]) if f.source else f.cue[0]
    span = span_at(doc, start, f.cue[1])
    if span is None or len(span) < 2:
        return
    # a headline's present tense: "disputed that, saying …" is a sentence the parser read right
    denier = next((t for t in span[:-1] if t.tag_ not in ("VBD", "VBN", "VBG") and deny_form(t)
                   and names_a_claim(doc[t.i + 1], tags=("NOUN", "VERB"))), None)
    if denier is None:
        return
    f.stance = "deny"
    f.cue = (denier.idx, f.cue[1])
    if f.source is not None and f.source[1] <= denier.idx:
        return
    # the swallowed or missing source: a headline's short noun phrase before the verb
    before = [t for t in doc[denier.sent.start:denier.i] if not t.is_space and not t.is_punct]
    if before and len(before) <= MAX_SOURCE_WORDS and not any(t.pos_ in ("VERB", "AUX") for t in before):
        f.source, f.source_head = token_offsets(doc, before[0].i, before[-1].i), before[-1].i
    elif f.source is not None:
        f.source, f.source_head = None, None

