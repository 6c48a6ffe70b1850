"""A phrase set before the subject that ends on someone's post and name: "Led in evidence by the
prosecutor, Inspector Ali Musa, Chief Obi, 61, said …", "Under cross-examination by defence counsel,
Mr. Tunde Bakare, the witness conceded …", "In a statement signed by its secretary general, Mr. Joe
Kamara, the club said …". Court reports, releases and interviews of every country write it so.
The parser takes the name for the subject and the true subject for the name's apposition; but a
name set right after a post for a person ("the prosecutor, Inspector Ali Musa") is that post's,
so the speaker is what follows it, up to the next comma (an age or an aside after it says no more).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..extract.base import Found
from ..lexicon import word_set
from ..parse import span_at

# what brings in the one a fronted phrase is done by, with or to: "by the prosecutor", "signed by
# its secretary", "with the station's editor", "from counsel"
PREPOSITIONS = ("by", "with", "from", "to", "before")


def subjects_after_fronted_names(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find whose source opens on a name that is the apposition of a post ending a phrase
    fronted before it, the subject after that name (offsets and head token)."""
    out = {}
    for i, f in enumerate(found):
        if f.source is None:
            continue
        source = span_at(doc, *f.source)
        if source is None or len(source) < 3 or not _after_a_fronted_post(doc, source.start):
            continue
        comma = next((t.i for t in source if t.text == ","), None)
        if comma is None or not _a_name(doc[source.start:comma]):
            continue
        end = next((t.i for t in doc[comma + 1:source.end] if t.text == ","), source.end)
        subject = doc[comma + 1:end]
        if _a_subject(subject):
            out[i] = (subject.start_char, subject.end_char, subject.root.i)
    return out


def _after_a_fronted_post(doc: Doc, start: int) -> bool:
    """The words before `start` are ", " after a post for one person ("the prosecutor", "its
    secretary general") that a preposition brings in, inside a phrase the sentence opens on."""
    if start < 3 or doc[start - 1].text != ",":
        return False
    post = doc[start - 2]
    if post.tag_ != "NN" or post.dep_ != "pobj" or post.head.lower_ not in PREPOSITIONS \
            or post.sent.start == start or post.lemma_.lower() not in _posts():
        return False
    # the phrase opens the sentence: no subject of a verb of its own before the post
    return not any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[post.sent.start:post.i])


def _a_name(words: Span) -> bool:
    """A person's name, with a title or form of address before it ("Mr. Tunde Bakare")."""
    return len(words) > 0 and words.root.pos_ == "PROPN" and any(t.ent_type_ == "PERSON" for t in words)


def _a_subject(words: Span) -> bool:
    """A name ("Chief Obi", "Asante Rovers") or one called by what they are ("the witness")."""
    if len(words) == 0 or any(t.pos_ in ("VERB", "AUX") or t.is_punct and t.text != "." for t in words):
        return False
    root: Token = words.root
    return root.pos_ == "PROPN" or root.pos_ == "NOUN" and words[0].lower_ in ("the", "his", "her", "their", "its")


def _posts() -> frozenset[str]:
    return word_set("person_nouns") | word_set("titles")
