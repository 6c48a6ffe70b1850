"""“A report by the Pacific Climate Observatory … The report warns that …”: a single writing that
speaks in its own words (kinds.json `documents_speaking`: a statement, a notice, a report) is
named with its maker, "report by the Pacific Climate Observatory", not by the maker alone: what it
says is written, and a reader cites the writing and whose it is together."""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import kind_words


def speaks_with_maker(head: Token) -> bool:
    """The document's noun is one writing (singular) of a kind that speaks for itself."""
    return head.tag_ in ("NN", "NNP") and (head.lower_ in kind_words()["documents_speaking"]
                                           or head.lemma_.lower() in kind_words()["documents_speaking"])
