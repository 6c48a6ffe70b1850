""""Sri Lanka Cricket said in a statement … The board also announced", "Ofgem said … the regulator
added": bodies whose names do not say what they are ("Hockey Canada", "Elections Canada") are
called next by a word for what they do (kinds.json `bodies_by_role`). Such a word is the body the
text has just made a subject (as `firm_just_named` finds "the company"), where that body's name
holds no word for a kind of its own and reads as no firm's."""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import kind_words
from .firm_just_named import firm_just_named
from .legal_forms import ends_on_legal_form


def body_just_named(head: Token) -> str | None:
    """The body "the board" stands for, or None where the word is no such word or the body just
    made a subject has a kind of its own in its name ("the Cricket Board", "Acme Corp.")."""
    words = kind_words()
    if head.lemma_.lower() not in words["bodies_by_role"] or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.dep_ in ("amod", "compound", "nmod") for c in head.children):
        return None  # "the state forestry agency": what is said of it names another body than the subject
    name = firm_just_named(head)
    if name is None or ends_on_legal_form(name):
        return None
    kinds = words["organization"] | words["company_words"] | words["firm_name_words"] | words["media"]
    return None if {w.strip(".,'’").lower() for w in name.split()} & kinds else name
