"""A headline's body called by a word for its kind ("Opposition alleges rigging …", "Union rejects
pay offer") is the body the lede calls by that word just before its name ("The opposition
Pakistan Justice Alliance (PJA) on Monday alleged …", "the nurses' union Unite Santé said")."""
from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import word_set
from ..parse import entities_of, text_of
from . import bodies
from .mentions import Mention

LEDE_REACH = 1500  # characters after the headline that the body's word is looked for in


def name_headline_bodies(doc: Doc, ordered: list[Mention]) -> None:
    """Give a headline's unnamed body the name of the organisation the lede sets the same word
    before (in place)."""
    text = text_of(doc)
    headline_end = text.find("\n")
    if headline_end < 0:
        return
    words = {m.head_lemma for m in ordered if _unnamed_body(m, headline_end)}
    if not words:
        return
    named: dict[str, set[str]] = {}
    for e in entities_of(doc):
        if e.label_ != "ORG" or e.start_char <= headline_end or e.start_char > headline_end + LEDE_REACH:
            continue
        before = doc[e.start - 1] if e.start > 0 else None
        word = e[0] if e[0].lower_ in words else before if before is not None and before.lower_ in words else None
        if word is not None and word.i + 1 < e.end + 1:
            rest = doc[word.i + 1:e.end]
            if len(rest) and rest[0].is_title:
                named.setdefault(word.lower_, set()).add(bodies.without_short_form(bodies.clean(rest.text)))
    for m in ordered:
        if _unnamed_body(m, headline_end) and len(found := named.get(m.head_lemma, ())) == 1:
            m.named, m.kind, m.name = True, "organization", next(iter(found))


def _unnamed_body(m: Mention, headline_end: int) -> bool:
    """A headline's mention by a word that is no person's role ("Opposition", tagged a person's
    or a group's; not "Minister", which headline.py reads)."""
    return m.start < headline_end and not m.named and m.pronoun is None and bool(m.head_lemma) \
        and m.head_lemma not in word_set("person_nouns") | word_set("titles")
