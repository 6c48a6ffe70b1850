"""A "he says" after words whose subject is a person named at their opening is that person.

"Obi, who trained in Leeds and came home in 2015, never thought of leaving again, he says.": the
tag sits after the words, and the words open on the one who speaks; an outlet that meant someone
else would name them ("…, his deputy says"). The pronoun looks back from where the words begin,
so it would otherwise land on whoever the paragraph before ended with ("a nurse calls her name").
Only reported words, not quotes; only a name that is the subject of the words' clause and whose
sex the pronoun fits; only someone the text already knows as a person by that name.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..extract.base import Found
from ..parse import text_of

_SUBJECTS = ("nsubj", "nsubjpass")
_SEX = {"he": "m", "she": "f"}


def name_own_subjects(doc: Doc, found: list[Found], mentions: dict, entity_of: dict) -> None:
    """Join each trailing "he"/"she" source of reported words that open on a named subject to the
    person of that name (in place)."""
    text, people = text_of(doc), None
    for i, m in mentions.items():
        f = found[i]
        if m.pronoun != "person" or m.name.lower() not in _SEX or f.type == "direct" or not f.content:
            continue
        start, end = f.content_span
        if m.start < end:
            continue  # "He said Obi …": the tag before the words
        name = _subject_name(doc, start, end)
        if name is None:
            continue
        people = _by_name_ending(entity_of.values()) if people is None else people
        fitting = [e for e in people.get(name, ()) if e.fits(_SEX[m.name.lower()])]
        was = entity_of[id(m)]
        if len(fitting) != 1 or fitting[0] is was:
            continue
        into = fitting[0]
        # the pronouns after it in its paragraph went on with the one it was taken for
        paragraph_end = text.find("\n\n", m.end) % (len(text) + 1)
        moved = [m, *(x for x in was.mentions if x.pronoun == "person" and m.start < x.start < paragraph_end
                      and x.gender == m.gender)]
        for x in moved:
            entity_of[id(x)] = into
            into.absorb(x)
        was.mentions = [x for x in was.mentions if not any(x is y for y in moved)]


def _by_name_ending(entities) -> dict[str, list]:
    """Each named person under their full name and each ending of it ("obi", "chukwuemeka obi"),
    built once per text."""
    out: dict[str, dict[int, object]] = {}
    for e in entities:
        if e.kind == "person" and e.named:
            words = e.name.lower().split()
            for k in range(len(words)):
                out.setdefault(" ".join(words[k:]), {})[id(e)] = e
    return {name: list(found.values()) for name, found in out.items()}


def _subject_name(doc: Doc, start: int, end: int) -> str | None:
    """The proper name the words from `start` open on, where it is their clause's subject (the
    tagger need not have called it a person: "Wrona, who studied in Krakow, …" read as a firm)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span[0].pos_ != "PROPN":
        return None
    run = [span[0]]
    while run[-1].i + 1 < span.end and doc[run[-1].i + 1].pos_ == "PROPN":
        run.append(doc[run[-1].i + 1])
    if run[-1].dep_ not in _SUBJECTS:  # the tag it got does not matter: a known person's name decides
        return None
    return " ".join(t.text for t in run).lower()
