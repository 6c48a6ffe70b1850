""""Two refiners did not respond. A third, Refinería Austral, said …": an ordinal ("a third",
"a second", "another") counting one more of a kind the text listed is no name; the name set
beside it in apposition is who spoke."""
from __future__ import annotations

from spacy.tokens import Span, Token

COUNTING = ("another",)  # an ordinal the tagger may not label as one


def named_beside_ordinal(head: Token, span: Span) -> Token | None:
    """The proper name in apposition to an ordinal head inside the mention's span, if any."""
    if head.ent_type_ != "ORDINAL" and head.lower_ not in COUNTING:
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and span.start <= c.left_edge.i and c.right_edge.i < span.end), None)
