"""An outlet called by where it is and its kind, then its name, in one run of words ("the Buenos
Aires daily El Observador Porteño reported", "the Lagos daily Morning Sentinel"): the parser
often takes the place for the head and the kind word for an adverb ("daily"), so the outlet is
read from the words: the name is the capitalised words after the kind word (outlet_kinds.txt),
the description what comes before."""
from __future__ import annotations

from spacy.tokens import Span

from ..lexicon import word_set

NAME_JOINERS = {"of", "the", "and", "de", "del", "la", "el", "do", "da", "di", "&"}


def outlet_after_kind(span: Span) -> tuple[str, str] | None:
    """(name, description) of an outlet whose mention ends on its name after a word for its kind."""
    words = [t for t in span if not t.is_punct or t.text in ("&", "-")]
    kinds = word_set("outlet_kinds")
    at = next((k for k in range(len(words) - 1, 0, -1) if words[k].is_lower and words[k].lower_ in kinds), None)
    if at is None or at + 1 >= len(words):
        return None
    name = words[at + 1:]
    if not name[0].is_title or not all(t.is_title or t.is_upper or t.lower_ in NAME_JOINERS for t in name) \
            or not name[-1].is_title and not name[-1].is_upper:
        return None
    before = words[:at]
    if len(before) < 2 or before[0].lower_ not in ("the", "a") \
            or not all(t.is_title or t.pos_ in ("ADJ", "PROPN") or "-" in t.text
                       or t.pos_ == "NOUN" and t.dep_ == "compound" for t in before[1:]):
        # what the outlet covers may come before its kind too: "the technology news site The Byte Ledger"
        # only a place or what the outlet stands for before the kind: not "the paper's editor Ana
        # Ruiz", "a study in the journal Raptor Notes"; "the journal Owl Ecology Letters" is left as read
        return None
    doc = span.doc
    return doc[name[0].i:name[-1].i + 1].text, doc[before[1].i:words[at].i + 1].text
