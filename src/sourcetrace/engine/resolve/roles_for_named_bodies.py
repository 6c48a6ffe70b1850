"""A role for a body that the text then names beside the body's word: "Representatives for Brooks'
record label, Orchard Street Music," are representatives for Orchard Street Music; "Lawyers for
the buyer, Fenwick Homes," lawyers for Fenwick Homes. News sets the body's name there so that the
reader knows whom the role acts for; the source is the role for that body by its name."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import kind_words, word_set
from .names import person_entities

ROLE_PREPS = ("for", "of", "at")


def _named(word: Token, after: int, span: Span) -> Span | None:
    """The capitalised run that ends on `word`, after the comma at `after`, a body's by its form."""
    doc = word.doc
    start = after + 1
    run = doc[start:word.i + 1]
    if not len(run) or run.end > span.end or not all(t.text[:1].isupper() or t.lower_ in ("of", "and", "&")
                                                     for t in run):
        return None
    firm_ends = kind_words()["firm_name_words"]
    if run[-1].lower_ not in firm_ends and any(p.start < run.end and run.start < p.end for p in person_entities(doc)):
        return None  # a person's name: the role's holder, read elsewhere
    return run


def role_for_named_body(head: Token, span: Span) -> str | None:
    """"representatives for Orchard Street Music": the role and the body's name set beside the word
    for the body it acts for, whether the parser hung the name on that word or on the role."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in word_set("titles") | word_set("person_nouns"):
        return None
    doc = head.doc
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ROLE_PREPS:
            continue
        body = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.i < span.end), None)
        if body is None:
            continue
        comma = body.i + 1  # the body's word ends its phrase: "for the buyer,"
        if comma >= len(doc) or doc[comma].text != ",":
            continue
        name = next((c for c in (*body.children, *head.children) if c.dep_ == "appos" and c.i > comma
                     and c.pos_ == "PROPN" and doc[c.left_edge.i].i == comma + 1), None)
        if name is not None and (run := _named(name, comma, span)) is not None:
            return f"{head.lower_} {prep.lower_} {run.text}"
    return None
