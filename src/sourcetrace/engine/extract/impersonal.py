"""Finds with no one behind them: "Construction is expected to finish in August" (an impersonal
forecast), "Today shows what this group is" (a day for a subject), and a non-response from an
animal ("Admiral, for his part, did not comment" of a rooster named Admiral). Words are data:
`lexicons/statements.json` (impersonal_passives, time_words) and `lexicons/animals.txt`."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import word_set
from .base import Found

TIME_LABELS = ("DATE", "TIME")


def nobody_behind(doc: Doc, f: Found, verb: Token | None, lex: dict[str, frozenset[str]]) -> bool:
    return _impersonal_passive(verb, f, lex) or _a_time(doc, f, lex) or _an_animal_silent(doc, f)


def _impersonal_passive(verb: Token | None, f: Found, lex: dict[str, frozenset[str]]) -> bool:
    """"is expected to rule in May": a passive forecast with no one who expects it."""
    return f.source is None and verb is not None and verb.lemma_.lower() in lex["impersonal_passives"] \
        and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _source_tokens(doc: Doc, f: Found):
    return doc.char_span(*f.source, alignment_mode="expand") if f.source else None


def _a_time(doc: Doc, f: Found, lex: dict[str, frozenset[str]]) -> bool:
    """A source that is a day or a time: "Today shows …", "Last week proved …" (not "the
    28-year-old", which the tagger also reads as a date)."""
    who = _source_tokens(doc, f)
    return who is not None and len(who) > 0 and who.root.ent_type_ in TIME_LABELS \
        and who.root.lower_ in lex["time_words"]


def _an_animal_silent(doc: Doc, f: Found) -> bool:
    """A non-response whose source is a name the article gave an animal: "her collie Nell",
    "a rooster named Admiral"."""
    who = _source_tokens(doc, f)
    if f.stance != "no_response" or who is None or len(who) != 1 or who[0].pos_ != "PROPN":
        return False
    animals = word_set("animals")
    for t in doc:
        if t.text != who[0].text or t.i == who[0].i:
            continue
        before = [b for b in doc[max(0, t.i - 2):t.i] if b.lower_ not in ("named", "called", ",")]
        if before and before[-1].lemma_.lower() in animals:
            return True
    return False
