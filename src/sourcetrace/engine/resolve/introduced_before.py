"""A quote that opens a paragraph with no speaker, right after a paragraph that brings in one person
and quotes no one: "Filomena Lopes, 54, has farmed seaweed here all her life.\n\n"The sea is our bank
account."" The quote is the person just brought in, not the last person quoted paragraphs before:
a narrative paragraph that sets one person up is how stories everywhere hand the next words to
them. Only where that paragraph names one person as the subject of its main clauses (others may
be named in passing), or, naming no one, opens on a person described ("A fisherman who …", "One
tenant, a nurse at …"), and holds no attribution of its own (a paragraph of reported words keeps
the last speaker going). So too for a quote set after such sentences in its own paragraph, with no
one quoted before it there and the person named there first: "Kofi Boateng runs the corner shop.
“I cannot go on like this.”"
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc

from ..extract.base import Found
from ..lexicon import kind_words, word_set
from ..parse import scratch, span_at, text_of
from ..parse.breaks import paragraphs
from .names import person_entities, without_titles

OPENERS = " \t\"“‘'"
SUBJECTS = ("nsubj", "nsubjpass")


def introduced_before(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each speakerless quote opening a paragraph after one that brings in one person and quotes
    no one, or set after sentences of its own paragraph that do so, that person's name (offsets and
    head token)."""
    text = text_of(doc)
    quotes = [i for i, f in enumerate(found) if f.type == "direct" and f.source is None and f.cue is None
              and f.extra.get("continues")]
    if not quotes:
        return {}
    paras = paragraphs(text)
    starts = [s for s, _ in paras]
    # paragraphs that hold any part of a find (a source, a cue or words reported), and where in
    # each the first part starts
    reported, first_part = set(), {}
    for f in found:
        for s, e in (*f.content, *(x for x in (f.source, f.cue) if x)):
            reported.update(range(max(0, bisect_right(starts, s) - 1), bisect_right(starts, max(s, e - 1))))
            n = bisect_right(starts, s) - 1
            first_part[n] = min(s, first_part.get(n, s))
    people: dict[int, list] = {}  # the people named in each paragraph, found in one pass
    for p in person_entities(doc):
        people.setdefault(bisect_right(starts, p.start_char) - 1, []).append(p)
    out = {}
    for i in quotes:
        at = found[i].content_span[0]
        n = bisect_right(starts, at) - 1
        before = text[paras[n][0]:at].strip(OPENERS) if n >= 0 else ""
        if not before:  # the quote opens its paragraph: the paragraph before brings the speaker in
            if n < 1 or n - 1 in reported:
                continue
            named, stretch = people.get(n - 1, []), paras[n - 1]
        else:  # sentences before it in its own paragraph, with no one quoted in them, bring them in
            if first_part.get(n, at) < at or before[-1] not in ".!?":
                continue
            named, stretch = [p for p in people.get(n, []) if p.start_char < at], (paras[n][0], at)
        who = _brought_in(doc, named, stretch)
        if who is not None and before and _named_earlier(doc, who, stretch[0]):
            continue  # "Olsson bought the shop next door": someone already in the story, not brought in
        if who is not None:
            out[i] = who
    return out


def _named_earlier(doc: Doc, who: tuple[int, int, int], start: int) -> bool:
    """Whether the person's last name is in the text before `start` (a description is new)."""
    last = doc[who[2]].text
    if not last[:1].isupper():
        return False
    memory = scratch(doc)
    if "first_word_at" not in memory:  # where each word is first written, found once per text
        first: dict[str, int] = {}
        for t in doc:
            first.setdefault(t.text, t.idx)
        memory["first_word_at"] = first
    return memory["first_word_at"].get(last, start) < start


def _brought_in(doc: Doc, named: list, stretch: tuple[int, int]) -> tuple[int, int, int] | None:
    """The one person the words are about: their main clauses' only named subject (others may be
    named in passing: "since her father, Joaquim, retired"); naming no one, a person described."""
    subjects = [p for p in named if _main_subject(p.root)]
    if len({p.text for p in subjects}) == 1 and not any(_paired(p.root) for p in subjects):
        name = without_titles(subjects[0])
        return name.start_char, name.end_char, name.root.i
    if not named:
        return _described(doc, *stretch)
    return None


def _described(doc: Doc, start: int, end: int) -> tuple[int, int, int] | None:
    """"A fisherman who has worked the bay for forty years watched …", "One tenant, a nurse at the
    city hospital, has lived …": a paragraph that names no one but opens on a person described,
    the subject of its main verb."""
    span = span_at(doc, start, end)
    if span is None:
        return None
    sent = next(iter(span.sents), None)
    root = sent.root if sent is not None else None
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None) if root is not None else None
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN" \
            or subject.lemma_.lower() not in _person_words() \
            or not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in subject.children):
        return None  # "the nurse" may be anyone named before; "a nurse", "one tenant" is brought in here
    last = subject
    for c in subject.children:  # "One tenant, a nurse at the city hospital,": the description beside it
        if c.dep_ == "appos" and c.i > subject.i:
            last = c.right_edge
    while last.i > subject.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    first = subject.left_edge
    return first.idx, last.idx + len(last.text), subject.i


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    return kind_words()["kin"] | word_set("person_nouns") | word_set("titles")


def _main_subject(root) -> bool:
    """The name is the subject, or names the subject noun beside it ("the farmer, Filomena
    Lopes,"), of a main verb (not "two years after Ines Duarte drew the plans"): the sentence's
    own or one joined to it ("…, and Efua Mensah moved in a year later"), or is joined to such a
    subject ("Kofi Boateng and his wife Efua")."""
    subject = root.head if root.dep_ in ("appos", "compound") else root
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head
    verb = subject.head
    return subject.dep_ in SUBJECTS and (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _paired(root) -> bool:
    """A subject with another joined to it: two people brought in, neither alone."""
    subject = root.head if root.dep_ in ("appos", "compound") else root
    return subject.dep_ == "conj" or any(c.dep_ == "conj" for c in subject.children)
