"""Court and crime reports everywhere open on someone by age and sex alone ("A 26-year-old man who
admitted killing …", "A 31-year-old woman who admitted stealing …") and name them as the bare
subject of the very next sentence ("Lerato Dube pleaded guilty …"). An unnamed person whose first
mention is such a description ("a"/"an", an age, a word for a person) is the person the next
sentence opens on, where that sentence's subject is a name in full standing first, set beside no
post or other age, of no other sex, and not saying or telling anything there (a witness named and
quoted at once is someone else; a plea is no such saying). Linear: one look at the sentence after each such description."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import gendered_words, word_set
from ..parse import span_at, text_of
from ..parse.marks import QUOTES
from .coref import Entity, move_mention
from .gender import from_first_name

AGED = re.compile(r"\b(?:an?|one)\s+(\d{1,3})-year-old\s+(\w+)", re.I)
SAYING = ("said", "says", "told", "tells", "say", "tell")


def name_described_ledes(doc: Doc, ordered: list, entity_of: dict[int, Entity], found: list) -> None:
    """Join each such described person to the person named next (in place)."""
    text = text_of(doc)
    first: dict[int, object] = {}
    for m in ordered:
        first.setdefault(id(entity_of.get(id(m))), m)
    for m in first.values():
        e = entity_of.get(id(m))
        if e is None or e.kind != "person" or e.named:
            continue
        aged = AGED.search(text[max(m.start - 4, 0):m.end])
        here = span_at(doc, m.start, m.end)
        if aged is None or here is None:
            continue
        k = here.sent.end
        while k < len(doc) and doc[k].is_space:  # a paragraph break may stand as a sentence of its own
            k += 1
        if k >= len(doc):
            continue
        sex = gendered_words().get(aged.group(2).lower())
        name = _bare_subject(doc[k].sent, aged.group(1))
        if name is None or sex is not None and from_first_name(name.text.split()[0]) not in (None, sex) \
                or any(_tells(text, f, name) for f in found):
            continue
        into = next((entity_of[id(x)] for x in ordered if name.start_char <= x.start < name.end_char
                     and entity_of.get(id(x)) is not None and entity_of[id(x)].kind == "person"
                     and entity_of[id(x)].named), None)
        if into is None or into is e or not into.fits(sex):
            continue
        for x in list(e.mentions):
            move_mention(x, into, entity_of)


def _posts() -> frozenset[str]:
    return word_set("titles") | word_set("person_nouns")


def _tells(text: str, f, name) -> bool:
    """Whether a find credited to the name quotes or reports its words ("said", "told")."""
    if f.source is None or not name.start_char <= f.source[0] < name.end_char:
        return False
    cue = text[f.cue[0]:f.cue[1]].lower() if f.cue else ""
    return f.type == "direct" or any(w in cue for w in SAYING)


def _bare_subject(sentence, age: str):
    """The name in full the sentence opens on as its subject, with nothing set beside it but the
    same age ("Travis Rolle, 26, pleaded"), or None."""
    k = sentence.start
    while k < sentence.end and (sentence.doc[k].is_space or sentence.doc[k].text in QUOTES):
        k += 1
    subject = next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != k:
        return None
    ent = sentence.doc[k:subject.i + 1]  # the tagger may find only the surname of "Travis Deangelo Rolle"
    if len(ent) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent) \
            or not any(t.ent_type_ == "PERSON" for t in ent) \
            or any(t.lower_.rstrip(".") in _posts() for t in ent):
        return None  # "Prosecutor Lerato Dube": someone with a post of their own
    after = sentence.doc[ent.end] if ent.end < sentence.end else None
    if after is not None and after.text == ",":
        aside = sentence.doc[ent.end + 1] if ent.end + 1 < sentence.end else None
        if aside is None or aside.text != age:
            return None  # "Lerato Dube, the prosecutor," or another age: someone else
    return ent
