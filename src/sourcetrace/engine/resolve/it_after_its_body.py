"""“The agency has been informed in writing; it has not commented”, “Tarrow Rail was fined £2m
and it said it would appeal”: an "it" that is a clause's subject stands for the body that is the
subject of the clause before it in the same sentence, even one named only in passing (never a
source otherwise a pronoun may find), rather than the body that spoke last."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import kind_words
from ..parse import entity_at, span_at
from . import bodies
from .coref import Entity
from .gender import from_first_name

SUBJECTS = ("nsubj", "nsubjpass")
TAKEN_FOR_BODIES = ("PERSON", "PRODUCT", "FAC", "WORK_OF_ART")  # tagger labels a body's name may get


def name_its_by_the_clause_before(doc: Doc, ordered: list, entity_of: dict) -> None:
    """In place: each such "it" joins the entity of the body named so, or one made for it."""
    named = {e.name: e for e in entity_of.values() if e.kind == "organization" and e.named}
    for m in ordered:
        if m.pronoun != "thing" or m.text.strip().lower() != "it":
            continue
        here = span_at(doc, m.start, m.end)
        if here is None or len(here) != 1 or here.root.dep_ not in SUBJECTS:
            continue
        name = _body_before(here.root)
        e = entity_of[id(m)]
        if name is None or e.named and e.name == name:
            continue
        into = named.get(name)
        if into is None:
            into = named[name] = Entity(kind="organization", named=True, name=name, head_lemma=name.split()[-1].lower())
        if m in e.mentions:
            e.mentions.remove(m)
        entity_of[id(m)] = into
        into.absorb(m)


def _body_before(it: Token) -> str | None:
    """The body named as the subject of the clause just before "it" in its sentence, where that
    clause ends at a semicolon or a joining word ("; it", "and it", "but it")."""
    doc, verb = it.doc, it.head
    if it.i == 0 or not (doc[it.i - 1].text == ";" or doc[it.i - 1].dep_ == "cc"):
        return None
    sentence = it.sent
    subjects = [t for t in doc[sentence.start:it.i] if t.dep_ in SUBJECTS and t.head.i != verb.i and t.head.i < it.i]
    if not subjects:
        return None
    subject = subjects[-1]
    entity = entity_at(doc, subject.i)
    if entity is not None and entity.label_ == "ORG" and entity.end - 1 == subject.i:
        return bodies.without_short_form(bodies.clean(entity.text))
    if subject.pos_ == "PROPN" and entity is not None and entity.end - 1 == subject.i \
            and entity.label_ in TAKEN_FOR_BODIES and from_first_name(entity[0].text) is None:
        # a name the tagger took for a person's ("Kavango Builders") that "it" says is a body's
        return bodies.without_short_form(bodies.clean(entity.text))
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in kind_words()["organization"] \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        span = doc[subject.left_edge.i:subject.i + 1]
        return bodies.called_by_word(subject, span)
    return None
