""""…, the Institute announced today", "the Chamber said": releases, and many outlets of South Asia
and the Gulf, write the word for a body's kind in capitals, alone after "the", for the body they
named in full before ("the Sahyadri Institute of Technology"). The capital makes it no name of its
own: it is the one body of that kind the text names, as "the institute" would be."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import kind_words
from . import bodies


def body_by_capitalised_kind(head: Token, span: Span) -> str | None:
    """The body "the Institute" stands for, or None where the mention is more than "the" and a
    capitalised word for a body's kind (kinds.json `organization`; a firm's words have their own
    rule), or the text names no one body of that kind."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if len(words) != 2 or words[0].lower_ != "the" or words[1].i != head.i or not head.is_title:
        return None
    kinds = kind_words()
    if head.lower_ not in kinds["organization"] or head.lower_ in kinds["company_words"]:
        return None
    return bodies.defined_terms(head.doc).get(head.lower_) or bodies.by_word(head.doc, head.lower_)
