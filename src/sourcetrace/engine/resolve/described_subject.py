""""One victim, an 87-year-old widow from Cheadle, handed over £14,500. In a statement read to the
court, she said …": a "he" or "she" just after a sentence whose subject is someone new and unnamed,
called "a …" or "one …" by a word for a person of that sex ("widow", "grandmother", "man"), is that
person, as a reader takes the subject just brought in, not the person last named (a prosecutor
two sentences up). Words of sex are data (gendered_words.tsv); the kin of someone named are
kin_subject.py's.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..extract.base import Found
from ..lexicon import gendered_words, word_set
from ..parse import span_at, text_of
from ..parse.marks import QUOTES
from .gender import PRONOUNS

NEW = {"a", "an", "one"}
CLAUSES = ("relcl", "acl", "advcl")


def described_subjects_before(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find credited to a bare "he"/"she" in the sentence after one whose subject is such
    a description (in the same paragraph), and no one else is named before the pronoun in its own
    sentence: the description's offsets and head token."""
    text, out = text_of(doc), {}
    for i, f in enumerate(found):
        if f.source is None:
            continue
        said = PRONOUNS.get(text[f.source[0]:f.source[1]].lower())
        if said not in ("m", "f"):
            continue
        at = min(f.source[0], f.content_span[0])
        subject = _subject_before(doc, at)
        if subject is None or _sex(subject) != said:
            continue
        if f.type == "direct" and f.source[0] > f.content_span[0] and _quote_speaks_of(text, f, said):
            continue  # “He never called,” she said: the quote's "he" may be the one described
        described = _description(subject)
        out[i] = (described.left_edge.idx, _end(described), described.i)
    return out


def _subject_before(doc: Doc, at: int) -> Token | None:
    """The subject of the sentence before the one `at` opens or sits in, when it is someone new and
    unnamed; none across a paragraph, or where a name stands before `at` in its own sentence."""
    here = span_at(doc, at, at + 1)
    if here is None:
        return None
    k = here.sent.start - 1 if here.start > here.sent.start and not _opens_quote(doc, here.start) else here.start - 1
    if any(t.ent_type_ == "PERSON" for t in doc[here.sent.start:here.start]):
        return None
    while k >= 0 and (doc[k].is_space or doc[k].text in QUOTES):
        if "\n\n" in doc[k].text:
            return None
        k -= 1
    if k < 0 or doc[k].text not in (".", "!"):
        return None
    root = doc[k].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and root.tag_ == "NN" and any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ") for c in root.children):
        subject = root  # "One victim, a widow, handed over £14,500": the verb misread as a clause of the noun
    if subject is None or subject.tag_ != "NN" or subject.ent_type_ == "PERSON" \
            or subject.lemma_.lower() not in word_set("person_nouns") | word_set("titles"):
        return None
    opener = next((c for c in subject.children if c.i < subject.i and c.dep_ in ("det", "nummod")), None)
    if opener is None or opener.lower_ not in NEW or any(t.ent_type_ == "PERSON" for t in subject.subtree):
        return None
    return subject


def _opens_quote(doc: Doc, k: int) -> bool:
    return doc[k].text in QUOTES


def _description(subject: Token) -> Token:
    """"an 87-year-old widow from Cheadle" set beside "One victim": the fuller description."""
    beside = next((c for c in subject.children if c.dep_ == "appos" and c.tag_ == "NN"), None)
    return beside if beside is not None else subject


def _sex(subject: Token) -> str | None:
    words = [subject.lemma_.lower()] + [c.lemma_.lower() for c in subject.children if c.dep_ == "appos"]
    return next((gendered_words()[w] for w in words if w in gendered_words()), None)


def _end(t: Token) -> int:
    """Where the description ends: before a clause or an aside set after it."""
    doc, drop = t.doc, set()
    for c in t.children:
        if c.i > t.i and c.dep_ in CLAUSES + ("appos",):
            drop |= {w.i for w in c.subtree}
    last = t.i
    while last + 1 <= t.right_edge.i and last + 1 not in drop:
        last += 1
    while last > t.i and doc[last].is_punct:
        last -= 1
    return doc[last].idx + len(doc[last].text)


def _quote_speaks_of(text: str, f: Found, said: str) -> bool:
    words = {w.lower().strip(".,;:!?\"“”'‘’") for start, end in f.content for w in text[start:end].split()}
    own = {w for w, g in PRONOUNS.items() if g == said} | ({"his"} if said == "m" else set())
    return bool(words & own)
