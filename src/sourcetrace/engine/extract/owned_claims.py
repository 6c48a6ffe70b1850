"""A denied claim whose owner the sentence names is two statements.

"Harbour Foods rejected the union's claim that staff were forced into 14-hour shifts": the union
claims that staff were forced (its words, asserted), and Harbour Foods denies the union's claim.
The denial's content is the whole object ("the union's claim that …"), as a reader would quote
what was rejected; the owner's claim sits inside it with its noun as cue. Being nested in the
denial keeps the owner out of the "last speaker" a following cue-less quote goes to (resolve's
`_reported_inside`); marked `OWNED`, its owner is no antecedent for a pronoun after it either
(resolve's `_out_of_view_owners`), and the claims layer links the two through the nesting.

Only with an owner named: a possessor ("the union's claim", "her sister's allegation"), an agent
("claims by the union", "warnings from doctors"), where it was said ("suggestions on social
media", "reports on the news site Stackwire") or a modifier naming the source ("social media
reports"). "Rejected claims that …" and "denied the suggestion that …" name no one: they stay
one denial.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .base import Found, Offsets
from .syntax import np_offsets, that_clause, token_offsets

OWNED = "owned_by_denial"  # Found.extra key of the owner's claim, read by resolve
AGENT_PREPS = {"from", "by"}  # "claims by the union": the object is the owner
PLACE_PREPS = {"on"}  # "reports on the site Stackwire", "suggestions on social media": where is whose


def owner(noun: Token) -> tuple[Offsets, Token] | None:
    """The words naming whose claim the noun is, and their head; None when no one is named."""
    doc = noun.doc
    for child in noun.children:
        if child.dep_ == "poss":
            span = np_offsets(child)
            return (span, child) if span else None
    for child in noun.children:
        if child.dep_ != "prep" or child.i < noun.i:
            continue
        obj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        if child.lower_ in AGENT_PREPS | PLACE_PREPS:
            span = np_offsets(obj)
            return (span, obj) if span else None
    if any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in noun.children):
        span = token_offsets(doc, noun.left_edge.i, noun.i)  # "recent social media reports"
        return (span, noun) if span else None
    return None


def claim_clause(noun: Token) -> Token | None:
    """The clause saying what the claim is: "claims that …"; or one the parser read as relative,
    "that" taken for its subject beside a subject of its own ("allegations that pay fell")."""
    clause = that_clause(noun)
    if clause is not None:
        return clause
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.i > noun.i and child.left_edge.lower_ == "that" \
                and child.left_edge.dep_ == "nsubj" \
                and any(c.dep_ == "nsubj" and c.i != child.left_edge.i for c in child.children):
            return child
    return None


def split_denial(doc: Doc, denial: Found, noun: Token, verb_cue: Offsets, clause: Token | None = None) -> list[Found]:
    """The denial of a claim named with its owner, and the owner's claim (its clause `clause`, else
    the one the noun carries); the denial alone, unchanged, when no owner is named or the find is
    no denial."""
    named = owner(noun) if denial.stance == "deny" and denial.content else None
    clause = (clause or claim_clause(noun)) if named is not None else None
    if clause is None:
        return [denial]
    (source, head), end = named, denial.content_span[1]
    start = min(noun.left_edge.idx, source[0])
    if not start < clause.left_edge.idx < end:
        return [denial]
    claim = Found(content=[(clause.left_edge.idx, end)], cue=(noun.idx, noun.idx + len(noun.text)), source=source,
                  type="nominal", stance="assert", extractor=denial.extractor, source_head=head.i,
                  extra={OWNED: True})
    rejection = Found(content=[(start, end)], cue=verb_cue, source=denial.source, type=denial.type,
                      stance=denial.stance, recipient=denial.recipient, channel=denial.channel,
                      extractor=denial.extractor, source_head=denial.source_head)
    return [rejection, claim]
