"""Finds with no one behind them: "Construction is expected to finish in August" (an impersonal
forecast), "Today shows what this group is" (a day for a subject), a non-response from an
animal ("Admiral, for his part, did not comment" of a rooster named Admiral), the writer's aside
"as expected", a thing "told" with no teller ("Port Galloway's story was told in a documentary")
a name given ("the projector he calls Agnes") and a document's "silence" ("the diaries give no
details of what was discussed": a record holds no answer back). Words are data:
`lexicons/statements.json` (impersonal_passives, time_words) and `lexicons/animals.txt`."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import kind_words, word_set
from ..parse import scratch, span_at
from .base import Found

TIME_LABELS = ("DATE", "TIME")


def nobody_behind(doc: Doc, f: Found, verb: Token | None, lex: dict[str, frozenset[str]]) -> bool:
    return _impersonal_passive(verb, f, lex) or _a_time(doc, f, lex) or _an_animal_silent(doc, f) \
        or _as_expected(verb, f) or _thing_told(doc, verb, f) or _name_given(verb, f, lex) \
        or _a_document_silent(doc, f)


def _a_document_silent(doc: Doc, f: Found) -> bool:
    who = _source_tokens(doc, f)
    return f.stance == "no_response" and who is not None and len(who) > 0 \
        and (who.root.lower_ in kind_words()["document"] or who.root.lemma_.lower() in kind_words()["document"])


def _as_expected(verb: Token | None, f: Found) -> bool:
    """"left rates unchanged, as expected": an aside with no one who expected it ("as the
    ministry had forecast" has its forecaster)."""
    return f.source is None and verb is not None and verb.tag_ == "VBN" \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children)


def _thing_told(doc: Doc, verb: Token | None, f: Found) -> bool:
    """"Port Galloway's story was told in the documentary": the "content" is the passive verb's own
    subject, no clause, and no one tells it ("the committee was told the line will open late"
    has its clause)."""
    if f.source is not None or verb is None or any(c.dep_ == "agent" for c in verb.children):
        return False
    content = span_at(doc, *f.content_span)
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return content is not None and bool(subjects) and all(content.start <= c.i < content.end for c in subjects) \
        and not any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in content)


def _name_given(verb: Token | None, f: Found, lex: dict[str, frozenset[str]]) -> bool:
    """"the old projector he calls Agnes", "a calf they named Clover": the name after the verb, in
    a clause on the thing named, is a name given, not what was said."""
    if verb is None or verb.lemma_.lower() not in lex["name_giving_verbs"] or verb.dep_ != "relcl":
        return False  # "her father had called Ferrand 'the floor under the house'" said something
    named = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    # one complement, the name: "had called Ferrand 'the floor under the house'" names no thing
    return len(named) == 1 and named[0].pos_ == "PROPN" and named[0].idx == f.content_span[0]


def _impersonal_passive(verb: Token | None, f: Found, lex: dict[str, frozenset[str]]) -> bool:
    """"is expected to rule in May": a passive forecast with no one who expects it."""
    return f.source is None and verb is not None and verb.lemma_.lower() in lex["impersonal_passives"] \
        and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _source_tokens(doc: Doc, f: Found):
    return span_at(doc, *f.source) if f.source else None


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
