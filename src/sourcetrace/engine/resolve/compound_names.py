"""Where the tagger ends a person's name on a word the parser made a compound of a proper noun
just after: "Mian Shaukat" tagged of "Mian Shaukat Hayat Bhatti". The parser read the words as one
name whose head is the last; a reader reads on to it, as no two names are written touching."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

WORDS_MOST = 2  # words a name runs on by: "Hayat Bhatti"


def run_to_compound_head(person: Span, name_word: Callable[[str], bool], english: Callable[[str], bool],
                         listed: Callable[[Token], bool]) -> Span:
    """`person` run on to the proper noun its last word is the compound of, where every word
    between (the head too) is a capitalised name word, no English word, title, person noun or
    body's word, and the tagger gave it no label but a person's."""
    doc, last = person.doc, person[-1]
    head = last.head
    if last.dep_ != "compound" or head.pos_ != "PROPN" or not person.end <= head.i < person.end + WORDS_MOST \
            or head.dep_ == "compound":
        return person
    added = doc[person.end:head.i + 1]
    if any(not t.is_title or not name_word(t.text) or english(t.lower_) or listed(t)
           or t.ent_type_ not in ("", "PERSON") or t.i < head.i and t.head.i != head.i
           or not doc[t.i - 1].whitespace_ or "\n" in doc[t.i - 1].whitespace_ for t in added):
        return person
    return doc[person.start:head.i + 1]
