""""The Métis Nation–Saskatchewan", "Manitoba Métis Federation–Winnipeg Region": a body's name can
go on past a dash set with no space on either side, and the parser reads the words after it as an
apposition ("Saskatchewan" beside "Nation"). A dash glued to both words joins one name; an
apposition is set off by a comma or a spaced dash."""
from __future__ import annotations

from spacy.tokens import Token

from ..parse import DASHES, LONG_DASHES


def glued_by_dash(token: Token) -> bool:
    """Whether the phrase `token` heads follows the word before it across an unspaced dash."""
    doc, first = token.doc, token.left_edge.i
    if first < 2:
        return False
    dash, before = doc[first - 1], doc[first - 2]
    return dash.text in DASHES and not dash.whitespace_ and not before.whitespace_ and before.is_alpha


def name_before_dash(span) -> tuple[int, int, int] | None:
    """"The Métis Nation–Alberta said": where the parser makes the place after the dash the
    subject, the speaker is the whole name, from the organisation the tagger saw before the dash;
    as (start char, end char, head token of the words before the dash)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in LONG_DASHES:
        return None
    dash, before = doc[span.start - 1], doc[span.start - 2]
    if dash.whitespace_ or before.whitespace_ or before.ent_type_ != "ORG" or not before.is_title:
        return None
    first = before.i
    while first > 0 and doc[first - 1].ent_type_ == "ORG" and doc[first].ent_iob_ == "I":
        first -= 1
    return doc[first].idx, span.end_char, before.i
