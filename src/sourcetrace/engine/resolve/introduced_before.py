"""A quote that opens a paragraph with no speaker, right after a paragraph that brings in one person
and quotes no one: "Filomena Lopes, 54, has farmed seaweed here all her life.\n\n"The sea is our bank
account."" The quote is the person just brought in, not the last person quoted paragraphs before:
a narrative paragraph that sets one person up is how stories everywhere hand the next words to
them. Only where that paragraph names one person, as the subject of its clause, and holds no
attribution of its own (a paragraph of reported words keeps the last speaker going).
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from ..extract.base import Found
from ..parse import text_of
from ..parse.breaks import paragraphs
from .names import person_entities, without_titles

OPENERS = " \t\"“‘'"
SUBJECTS = ("nsubj", "nsubjpass")


def introduced_before(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each speakerless quote opening a paragraph after one that brings in one person and quotes
    no one, that person's name (offsets and head token)."""
    text = text_of(doc)
    quotes = [i for i, f in enumerate(found) if f.type == "direct" and f.source is None and f.cue is None
              and f.extra.get("continues")]
    if not quotes:
        return {}
    paras = paragraphs(text)
    starts = [s for s, _ in paras]
    # paragraphs that hold any part of a find: a source, a cue or words reported
    reported = set()
    for f in found:
        for s, e in (*f.content, *(x for x in (f.source, f.cue) if x)):
            reported.update(range(max(0, bisect_right(starts, s) - 1), bisect_right(starts, max(s, e - 1))))
    people: dict[int, list] = {}  # the people named in each paragraph, found in one pass
    for p in person_entities(doc):
        people.setdefault(bisect_right(starts, p.start_char) - 1, []).append(p)
    out = {}
    for i in quotes:
        at = found[i].content_span[0]
        n = bisect_right(starts, at) - 1
        if n < 1 or n - 1 in reported or text[paras[n][0]:at].strip(OPENERS):
            continue
        named = people.get(n - 1, [])
        if not named or len({p.text for p in named}) != 1 or not _subject(named[0].root):
            continue
        name = without_titles(named[0])
        out[i] = (name.start_char, name.end_char, name.root.i)
    return out


def _subject(root) -> bool:
    """The name is its sentence's subject, or names the subject noun beside it ("the farmer,
    Filomena Lopes,")."""
    subject = root.head if root.dep_ in ("appos", "compound") else root
    # of the sentence's main verb: "two years after Ines Duarte drew the plans" brings no one in
    return subject.dep_ in SUBJECTS and subject.head.dep_ == "ROOT"
