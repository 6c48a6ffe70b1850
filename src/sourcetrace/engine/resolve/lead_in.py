"""Words quoted with no "said" whose speaker the sentence just before sets up.

"Teague laughs at that. “Dana's version is more accurate.”" and "On what comes next, she is
blunt: “More toilets.”" belong to whoever laughed or was blunt, not to the last person quoted,
who is only the fallback for a quote that simply runs on.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..extract.base import Found
from ..lexicon import kind_words, word_set
from ..parse import span_at, text_of
from .names import person_entities, person_surnames, without_titles

@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    return kind_words()["kin"] | word_set("person_nouns") | word_set("titles")


OPENERS = " \t\"“‘'"
SUBJECTS = ("nsubj", "nsubjpass")


def speakers_set_up(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each cue-less quote so set up, the offsets and head token of the one who sets it up."""
    text = text_of(doc)
    out = {}
    for i, f in enumerate(found):
        if f.source is not None or f.cue is not None or not f.extra.get("continues") or f.type != "direct":
            continue
        if (named := _headline_speaker(doc, text, f)) is not None:
            out[i] = named
            continue
        if (putter := _as_they_put_it(doc, f.content_span[0])) is not None:
            out[i] = putter
            continue
        k = f.content_span[0]
        while k > 0 and text[k - 1] in OPENERS:
            k -= 1
        if k == 0 or text[k - 1] not in ".:":
            continue
        mark = span_at(doc, k - 1, k)
        if mark is None or len(mark) != 1:
            continue
        verb = _clause_head(mark[0])
        if text[k - 1] == "." and verb.lemma_.lower() not in word_set("reaction_verbs"):
            continue  # a sentence of narrative before a quote that runs on sets up no one
        if (speaker := _subject(doc, verb)) is not None:
            out[i] = speaker
    return out


CLOSERS = " \t\"”’'"
PUT_IT_REACH = 4  # tokens between "put it" and the quote it brings in: a comma and the quote mark


def _as_they_put_it(doc: Doc, start: int) -> tuple[int, int, int] | None:
    """"… moved north with a used floatplane and, as she liked to put it, “no sense at all.”": the
    quote a clause "as X put it" brings in is X's."""
    at = span_at(doc, start, start + 1)
    if at is None:
        return None
    sent = at[0].sent
    for put in doc[max(sent.start, at.start - PUT_IT_REACH - 3):at.start]:
        if put.lemma_.lower() != "put" or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in put.children):
            continue
        if not all(t.is_punct or t.lower_ == "it" or t.is_space for t in doc[put.i + 1:at.start]):
            continue
        verb = put.head if put.dep_ == "xcomp" else put  # "as she liked to put it"
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            return _subject(doc, verb)
    return None


def _headline_speaker(doc: Doc, text: str, f: Found) -> tuple[int, int, int] | None:
    """A headline quote followed by a colon and a name: "“I stopped asking permission”: Rosalind
    Teague on building Valdmor's busiest night market"."""
    headline_end = text.find("\n")
    start, end = f.content_span
    if headline_end < 0 or end > headline_end:
        return None
    k = end
    while k < headline_end and text[k] in CLOSERS:
        k += 1
    if k >= headline_end or text[k] != ":":
        return None
    k += 1
    while k < headline_end and text[k] == " ":
        k += 1
    for person in person_entities(doc):
        name = without_titles(person)
        if person.start_char <= k < person.end_char or name.start_char == k:
            if name.text.strip().lower() in word_set("piece_labels"):
                return None  # "“…”: Q&A with …" names the kind of piece, not who speaks
            if re.match(r"\s*(?:and|&)\s", text[name.end_char:headline_end]):
                return None  # "Dee Harker and Noor Baig on …": two speak, neither alone
            return name.start_char, name.end_char, name.root.i
        if person.start_char > k:
            return None
    return None


def _clause_head(mark: Token) -> Token:
    """The head of the words before a full stop or colon, within them: the parser may hang a colon
    on the quoted verb after it ("she is blunt: “Not while …”")."""
    token = mark.doc[mark.i - 1] if mark.i > mark.sent.start else mark
    while token.head.i != token.i and mark.sent.start <= token.head.i < mark.i:
        token = token.head
    return token


def _subject(doc: Doc, verb: Token) -> tuple[int, int, int] | None:
    """A person's name or "he"/"she" as the verb's subject."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    if subject.lower_ in ("he", "she"):
        return subject.idx, subject.idx + len(subject.text), subject.i
    for person in person_entities(doc):
        if person.start <= subject.i < person.end:
            name = without_titles(person)
            return name.start_char, name.end_char, subject.i
    if subject.pos_ == "NOUN" and subject.tag_ == "NN" and subject.lemma_.lower() in _person_words():
        # "her father laughed", "the mayor shrugged": whoever the words stand for
        phrase = doc[subject.left_edge.i:subject.i + 1]
        return phrase.start_char, phrase.end_char, subject.i
    if subject.is_title and subject.text in person_surnames(doc):  # "Teague laughs", untagged or mistagged
        return subject.idx, subject.idx + len(subject.text), subject.i
    return None
