""""The Innu community of Natuashish, whose traditional territory includes part of the site, said
…": where the parser makes the "whose" phrase the subject of the clause's verb and joins the
speech verb to that clause, the speaker found is "whose traditional territory". A thing opening on
"whose" never speaks: whose it is, the words before its comma, does ("whose spokesperson said" is
someone's own, and stays so)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import kind_words, word_set


def whose_possessor(head: Token, span: Span) -> tuple[int, int, int] | None:
    """The possessor a mention opening on "whose" stands for, as (start char, end char, head
    token), or None where the mention does not open on it or no noun stands before its comma."""
    doc = head.doc
    whose = span[0]
    if whose.lower_ != "whose" or whose.i < 2 or doc[whose.i - 1].text != ",":
        return None
    lemma = head.lemma_.lower()
    if lemma in word_set("person_nouns") | word_set("titles") | kind_words()["kin"] or head.pos_ == "PROPN":
        return None  # "Gov. Dale Whitcomb, whose spokesperson said": someone who speaks
    noun = doc[whose.i - 2]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    last = noun
    # "the community of Natuashish": the phrase the name after "of" belongs to
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN") \
            and noun.head.head.i < noun.i:
        noun = noun.head.head
    if noun.dep_ == "compound":
        noun = noun.head if noun.head.i <= last.i else noun
    first = noun.left_edge.i
    return doc[first].idx, last.idx + len(last.text), noun.i
