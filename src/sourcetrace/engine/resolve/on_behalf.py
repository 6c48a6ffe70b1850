""""A statement was read on behalf of the victims' families by solicitor Helen Marsh. “…,” it said":
words written for someone and read out by another (a lawyer, a priest, a press secretary) are the
words of the one they were written for, not of the reader. So too "a tribute written by Niamh was
read by the parish priest" and "A statement read out on his behalf by his press secretary said …"."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..extract.base import Found
from ..parse import span_at, text_of
from .gender import from_words
from .mentions import Mention, analyse_mention
from .names import people_starting_in

# What one person writes and another reads out
READ_OUT_NOUNS = r"(?:statement|tribute|letter|message|note|eulogy|apology|poem)"
READ_FOR = re.compile(
    rf"\b{READ_OUT_NOUNS}\b[^.;!?\"“”]{{0,120}}?\b(?:read|delivered)\b(?:\s+out)?[^.;!?\"“”]{{0,80}}?"
    r"\bon\s+(?:(?P<own>his|her)\s+behalf\b|behalf\s+of\s+(?P<for>\S))", re.IGNORECASE)
WRITTEN_THEN_READ = re.compile(
    rf"\b{READ_OUT_NOUNS}\s+(?:written|penned|prepared|composed)\s+by\s+(?P<by>\S)[^.;!?\"“”]{{0,80}}?"
    r"\b(?:was|were|is|being)\s+read\b", re.IGNORECASE)
# How a later sentence points back to what was read: "it said", "the statement said"
POINTING_BACK = re.compile(rf"(?:it|the {READ_OUT_NOUNS}|the {READ_OUT_NOUNS}s)", re.IGNORECASE)
# "A statement", "The short written tribute": a determiner and a few words before the noun, no
# comma, no "After" ("After a statement was read …, the coroner said")
LEAD_TO_NOUN = re.compile(r"(?:(?:a|an|the|this|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2})?", re.IGNORECASE)
# "… by his aide, Tomas Kerrigan": the reader, set just after "by" or in apposition there
BY_THE_READER = re.compile(r"\bby\s+(?:(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+)?$")
POSSESSIVE_GENDER = {"his": "m", "her": "f"}
READ_REACH = 400  # characters after the reading that a later "it said" may point back over


def read_on_behalf(doc: Doc, found: list[Found]) -> dict[int, Mention]:
    """For each find whose words were read out for someone else, the mention of that someone."""
    text = text_of(doc)
    readings = [(m.start(), m.end(), _author(doc, m)) for pattern in (READ_FOR, WRITTEN_THEN_READ)
                for m in pattern.finditer(text)]
    readings = [(start, end, author) for start, end, author in readings if author is not None]
    if not readings:
        return {}
    out = {}
    for i, f in enumerate(found):
        if f.cue is None:
            continue
        for start, end, author in readings:
            if _reads_it(text, f, start, end):
                out[i] = author
    return out


def _reads_it(text: str, f: Found, start: int, end: int) -> bool:
    """Whether f's cue reports the reading: in its own sentence with the read-out words as the
    subject ("A statement read out on his behalf … said"), or just after it, pointing back."""
    cue = f.cue[0]
    if cue < end:
        return False
    between = text[end:cue]
    same_sentence = not re.search(r"[.!?]\s", between) and "\n" not in between
    if same_sentence:
        # "A statement read out on his behalf by his aide, Tomas Kerrigan, said": the reader named
        # on the way to the cue is no speaker; otherwise the subject must be the statement itself:
        # "Idris Mostyn, who read a statement on her behalf, said" is the reader's own word, and
        # "After a statement was read on behalf of the family, the coroner said" the coroner's
        if f.source is None:
            return _opens_its_sentence(text, start)
        if start < f.source[0] < cue and BY_THE_READER.search(text, start, f.source[0]):
            return True
        return f.source[0] <= start < f.source[1] and LEAD_TO_NOUN.fullmatch(text[f.source[0]:start]) is not None
    if f.source is None or cue - end > READ_REACH or "\n\n" in between:
        return False
    return POINTING_BACK.fullmatch(text[f.source[0]:f.source[1]]) is not None


def _opens_its_sentence(text: str, start: int) -> bool:
    """Whether the read-out words open their sentence ("A statement read out …"), as a subject
    does, and not a clause before it ("After a statement was read …, the coroner said")."""
    opening = max(text.rfind(stop, 0, start) for stop in (". ", "! ", "? ", "\n"))
    return LEAD_TO_NOUN.fullmatch(text[opening + 1:start].lstrip(" \"“”'‘’")) is not None


def _author(doc: Doc, match: re.Match) -> Mention | None:
    """The mention of whom the words were for: "his" (as "he"), or the phrase after "of"/"by"."""
    groups = match.groupdict()
    if groups.get("own"):
        start, end = match.span("own")
        person = _named_before(doc, start, POSSESSIVE_GENDER[match.group("own").lower()])
        return analyse_mention(doc, person.start_char, person.end_char, person.root.i) if person else None
    at = match.start("for") if groups.get("for") else match.start("by")
    token = _token_at(doc, at)
    if token is None:
        return None
    phrase = _phrase_of(token)
    return analyse_mention(doc, phrase.start_char, phrase.end_char, phrase.root.i)


def _named_before(doc: Doc, at: int, said: str | None) -> Span | None:
    """"Minister Chanda Phiri did not travel. A statement read out on his behalf …": the person
    named last before the "his" (within reach), whom the pronoun fits."""
    for person in reversed(people_starting_in(doc, 0, _token_at(doc, at).i)):
        if at - person.end_char > READ_REACH:
            return None
        # a title may rule a person out ("Mrs"); a first name may not: "Chanda" is a man's in Zambia
        if from_words([t.text for t in doc[max(person.start - 2, 0):person.end]]) in (None, said):
            return person
    return None


def _token_at(doc: Doc, char: int) -> Token | None:
    span = span_at(doc, char, char + 1)
    return span[0] if span is not None and len(span) else None


def _phrase_of(first: Token) -> Span:
    """The noun phrase that opens at `first`, up to its head and no further: "the victims'
    families" of "on behalf of the victims' families by solicitor Helen Marsh"."""
    doc = first.doc
    prep = doc[first.i - 1] if first.i > 0 else None
    objects = [t for t in prep.children if t.dep_ == "pobj"] if prep is not None else []
    if objects and objects[0].left_edge.i == first.i:
        return doc[first.i:objects[0].i + 1]
    chunk = next((c for c in doc.noun_chunks if c.start <= first.i < c.end), None)
    return doc[first.i:chunk.end] if chunk is not None else doc[first.i:first.i + 1]
