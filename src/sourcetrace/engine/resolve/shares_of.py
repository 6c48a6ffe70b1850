""""Shares of Northcrest Mining Corp. fell … after the company cut its forecast and said …": where
the parser hangs the speech verb on the market's verb, the speaker found is the stock. A firm's
shares never speak (kinds.json `share_words`); the firm whose shares they are does."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import kind_words


def firm_of_shares(head: Token, span: Span) -> tuple[int, int, int] | None:
    """The firm "Shares of X" or "Stock in X" is about, as (start char, end char, head token), or
    None where the mention is no word for shares with a name after "of" or "in"."""
    if head.lemma_.lower() not in kind_words()["share_words"] and head.lower_ not in kind_words()["share_words"]:
        return None
    firm = next((o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.i < span.end), None)
    if firm is None:
        return None
    doc = head.doc
    last = doc[min(firm.right_edge.i, span.end - 1)]
    return doc[firm.left_edge.i].idx, last.idx + len(last.text), firm.i
