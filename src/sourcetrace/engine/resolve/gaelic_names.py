"""Scottish and Irish Gaelic surnames with an article inside ("Ruaraidh Mac an t-Saoir", "Tormod Mac
a' Phearsain", "Mairead Nic a' Phì", "Colm Mac an Bhaird"): the tagger stops at "Mac" or takes the
last word alone, but a reader reads the opener, the article, the prefixed letter and the name as
one surname."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span, Token

from ..lexicon import word_set

ARTICLES = {"an", "a", "na"}  # "a" only as "a'", the apostrophe written after it
ELIDED = {"a"}
APOSTROPHES = {"'", "’"}
PREFIXED_LETTERS = {"t", "h", "n"}  # "t-Saoir", "h-Aodha"


def surname_end(doc: Doc, k: int, name_word: Callable[[str], bool]) -> int | None:
    """Where the surname ends that opens at `k` on "Mac", "Nic", "Ó" … and an article ("Mac an
    t-Saoir": past "Saoir"); None where no article follows (a plain "Mac Lochlainn" the tagger
    reads whole) or no name closes it."""
    if not (k + 2 < len(doc) and doc[k].is_title and doc[k].lower_ in word_set("gaelic_surname_openers")
            and doc[k].whitespace_):
        return None
    j = k + 1
    if doc[j].lower_ not in ARTICLES or not doc[j].is_lower:
        return None
    if doc[j].lower_ in ELIDED:
        if j + 1 >= len(doc) or doc[j + 1].text not in APOSTROPHES or doc[j].whitespace_:
            return None
        j += 1
    if not doc[j].whitespace_ or j + 1 >= len(doc):
        return None
    j += 1
    if j + 2 < len(doc) and doc[j].lower_ in PREFIXED_LETTERS and doc[j + 1].text == "-" \
            and not doc[j].whitespace_ and not doc[j + 1].whitespace_:
        j += 2  # "t-Saoir"
    return j + 1 if doc[j].is_title and name_word(doc[j].text) else None


def surname_opening_before(doc: Doc, k: int, name_word: Callable[[str], bool]) -> int | None:
    """Where the Gaelic surname opens whose last word is at `k` ("Phearsain" of "Mac a'
    Phearsain"); None where no opener and article stand before it."""
    return next((start for start in range(max(k - 5, 0), k) if surname_end(doc, start, name_word) == k + 1), None)


def with_gaelic_surname(person: Span, name_word: Callable[[str], bool], listed: Callable[[Token], bool]) -> Span:
    """`person` run on over the rest of a Gaelic surname it ends on the opener of ("Ruaraidh Mac"
    of "Ruaraidh Mac an t-Saoir"), or back over its opener and given name where it holds only the
    surname's last word ("Phì" of "Mairead Nic a' Phì")."""
    doc = person.doc
    if (end := surname_end(doc, person.end - 1, name_word)) is not None:
        return doc[person.start:end]
    if (opening := surname_opening_before(doc, person.start, name_word)) is not None:
        given = opening
        while given > 0 and opening - given < 2 and doc[given - 1].whitespace_ and doc[given - 1].is_title \
                and name_word(doc[given - 1].text) and not listed(doc[given - 1]) and not doc[given - 1].is_sent_start:
            given -= 1
        return doc[given:person.end]
    return person
