"""A post written in capitals with an indefinite article ("A Progressive Conservative MPP from
Sudbury", "an NDP MLA", "one Labour MP") is someone unnamed called by their post, as "a councillor
from Bristol" is. The tagger reads the capitals as a name, so without this the place or party
beside the post ("Sudbury") would become the source. Outlets of every Westminster-style house
write their members so (MP, MPP, MLA, MNA, MHA, MPA, TD, MSP), and South Asian outlets their
officers (SP, DIG, SDM); which words are posts is data (titles.txt, rank_short_forms.txt).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .names import is_title_word

INDEFINITE = {"a", "an", "one", "another"}


def unnamed_post_holder(head: Token, span: Span) -> bool:
    """Whether the mention is someone unnamed called by a post in capitals: the head is a post
    word tagged as a name, opened by "a", "an", "one" or "another", and no person's name is
    inside the mention."""
    if head.pos_ != "PROPN" or not is_title_word(head.text) or head.ent_type_ == "PERSON":
        return False
    opener = next((c for c in head.children if c.i < head.i and c.dep_ in ("det", "nummod")), None)
    if opener is None or opener.lower_ not in INDEFINITE or opener.i != span.start:
        return False
    return not any(t.ent_type_ == "PERSON" for t in span)
