"""A "they" that tells something inside someone's quote: the body or the people a speaker just
spoke of.

"“I've written to the council twice. They told me to wait,” she said": "they" is the council.
"Q: What did they say? A: They said the road is not a priority", after an answer that spoke of
"the ministry": the ministry. The reader looks back from the pronoun through the quoted words
of the last few lines (the quote's own, the quotes and answers before it) for the nearest word
that can tell anyone anything in the plural sense: a body by name or by its word ("the
council", "the authority"), or people in the plural who did something ("the inspectors came",
"my parents said"), not ones merely counted ("34 pupils"). A named person met first ends the
search: "they" is then likelier to be people around them, whom no one names. A body the
narrative names outside quotes is left to coreference ("whose daughters attend St Brenna's.
“They keep saying …”" is no school's saying).
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span, Token

from ..lexicon import kind_words, people_words
from ..parse import entity_at

REACH = 300  # characters back from the pronoun that its body or people may be named in
BODY_LABELS = ("ORG",)
SUBJECTS = ("nsubj", "nsubjpass")


def _body_words() -> frozenset[str]:
    words = kind_words()
    return words["organization"] | words["company_words"] | words["media"] | words["club_words"]


def _phrase(token: Token) -> Span:
    """The noun phrase a head word closes ("the territorial health authority", "my parents")."""
    return token.doc[token.left_edge.i:token.i + 1]


def group_before(doc: Doc, pronoun: Token, quoted: Callable[[int], bool]) -> Span | None:
    """The nearest body or plural people named in quoted words (`quoted` says whether an offset
    lies in any) before `pronoun` within `REACH`, or None where a named person or nothing fitting
    comes first. Only what speakers said counts: a body the narrative names ("whose daughters
    attend St Brenna's") is no one a speaker's "they keep saying" has spoken of."""
    bodies, people = _body_words(), people_words()
    limit = pronoun.idx - REACH
    k = pronoun.i
    while k > 0 and doc[k - 1].idx >= limit:
        k -= 1
        token = doc[k]
        if not quoted(token.idx):
            continue
        entity = entity_at(doc, k)
        if entity is not None and entity.label_ == "PERSON":
            return None
        if entity is not None and entity.label_ in BODY_LABELS:
            return entity
        # a common noun, in lower case, whatever the tagger made of it ("the transit authority" as NNP)
        lemma, noun = token.lemma_.lower(), token.pos_ in ("NOUN", "PROPN") and token.is_lower
        if noun and token.tag_ in ("NN", "NNP") and lemma in bodies:
            return _phrase(token)
        if noun and token.tag_ in ("NNS", "NNPS") and lemma in people | bodies and token.dep_ in SUBJECTS:
            return _phrase(token)  # people who did something ("the inspectors came"), not "34 pupils"
    return None
