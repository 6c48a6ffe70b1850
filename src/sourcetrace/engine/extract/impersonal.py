"""Finds with no one behind them: "Construction is expected to finish in August" (an impersonal
forecast), "Today shows what this group is" (a day for a subject), and a non-response from an
animal ("Admiral, for his part, did not comment" of a rooster named Admiral). Words are data:
`lexicons/statements.json` (impersonal_passives, time_words) and `lexicons/animals.txt`."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import word_set
from ..parse import scratch
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
    # the places a word for an animal comes just before the name, worked out once per name
    places = scratch(doc).setdefault("animal_names", {})
    if who[0].text not in places:
        places[who[0].text] = [i for i in _places_of_words(doc).get(who[0].text, ()) if _after_an_animal(doc, i)]
    return any(i != who[0].i for i in places[who[0].text][:2])


def _after_an_animal(doc: Doc, i: int) -> bool:
    """"her collie Nell", "a rooster named Admiral": a word for an animal before token i."""
    before = [b for b in doc[max(0, i - 2):i] if b.lower_ not in ("named", "called", ",")]
    return bool(before) and before[-1].lemma_.lower() in word_set("animals")


def _places_of_words(doc: Doc) -> dict[str, list[int]]:
    """Each word's token indexes, listed once per doc: a name is looked up, not searched for."""
    memory = scratch(doc)
    if "places_of_words" not in memory:
        places: dict[str, list[int]] = {}
        for t in doc:
            places.setdefault(t.text, []).append(t.i)
        memory["places_of_words"] = places
    return memory["places_of_words"]
