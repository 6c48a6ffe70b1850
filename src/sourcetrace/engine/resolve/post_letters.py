"""A post named again by its letters or by its words alone: "The CMO urged …" after "Chief Medical
Officer Dr Marsha Pottinger-Grant", "the DC said" after "Deputy Commissioner (DC) Chaudhry Hassan
Waqar", "the DCE noted" after "the District Chief Executive (DCE), Hon. Mawuli Adzraku": the one
person the text gave a post with those letters or words, written just before their name."""
from __future__ import annotations

import calendar
import re
from functools import lru_cache
from typing import Iterable

from ..lexicon import is_title_word, name_particles

JOINERS = {"of", "for", "and", "the", "&", "on", "in"}
LETTERS = re.compile(r"[A-Z]{2,6}")
BRACKETED = re.compile(r"\(([A-Z]{2,6})\)")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
SHORT_TITLE = 4  # letters of a title set before a name rather than a post's word ("Dr", "Hon", "Engr")
REACH = 120  # characters before letters in brackets read for the name they shorten


def post_keys(before: str) -> set[str]:
    """What the post written just before a name is called again by: its words ("deputy
    commissioner") and their initials ("dc"). The post is the run of capitalised words ending at the
    name, less the name's own words and the forms of address after the last word for a post
    ("Chief Medical Officer Dr Marsha" is "Chief Medical Officer"); letters in brackets are left out
    of it, as they may be a body's ("Sri Lanka Ports Authority (SLPA) spokesman …")."""
    keys: set[str] = set()
    run: list[str] = []
    for word in reversed(WORD.findall(BRACKETED.sub(" ", before))):
        if word.lower() in JOINERS:
            continue
        if not word[:1].isupper():
            break
        run.insert(0, word)
    while run and not (is_title_word(run[-1]) and not _form_of_address(run[-1])):
        run.pop()
    for k in range(len(run) - 1):  # "Later Deputy Commissioner Lodhran …": the post may open on any word
        keys |= {" ".join(run[k:]).lower(), "".join(w[0] for w in run[k:]).lower()}
    return keys


def _form_of_address(word: str) -> bool:
    return len(word) <= SHORT_TITLE and not word.isupper() and is_title_word(word)


def called_by_post(m) -> set[str]:
    """The keys a mention calls someone by where it is a post alone: "the CMO", "The Deputy
    Commissioner"; none for a name."""
    words = [w for w in m.text.split() if w.lower() != "the"]
    if len(words) == 1 and LETTERS.fullmatch(words[0]):
        return {words[0].lower()}
    if len(words) >= 2 and all(w[:1].isupper() or w.lower() in JOINERS for w in words) \
            and is_title_word(words[-1]):
        return {" ".join(w for w in words if w.lower() not in JOINERS).lower()}
    return set()


def holder_of_post(people: Iterable, keys: set[str], text: str) -> object | None:
    """The one named person the text wrote a post called by one of `keys` before; None where none
    or two, or where the letters are a body's, given in brackets after its name ("Provincial Health
    Office (PHO)" beside "Provincial Health Officer Dr …"). The text is read once, not per mention."""
    if keys & _bodies_letters(text):
        return None
    names = {name for post, name in _named_after_posts(text) if post & keys}
    if len(names) != 1:
        return None  # "Chief Medical Officer Dr Lorna Crane and Chief Marketing Officer Paul Dray"
    (surname,) = names
    holders = [e for e in people if e.kind == "person" and e.named and e.name.split()[-1:] == [surname]]
    return holders[0] if len(holders) == 1 else None


CALENDAR = set(calendar.day_name) | set(calendar.month_name[1:])  # "Police Thursday" names no one
# "Deputy Commissioner (DC) Chaudhry …", "the District Chief Executive (DCE), Hon. …", "Chief
# Executive for Ho, Hon. …": the letters, or the comma before a title written short, between a post
# and its holder's name, read past
BETWEEN = re.compile(r"\s*\([A-Z]{2,6}\),?(?=\s)|,(?=\s+[A-Z][a-z]{1,3}\.?\s)")


@lru_cache(maxsize=1)
def _run() -> re.Pattern:
    """Capitalised words, with the small words of posts ("of", "for") and of names ("ferch", "van") between."""
    small = "|".join(re.escape(w) for w in sorted({"of", "for", "the", "&"} | name_particles(), key=len, reverse=True))
    space = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"  # a hard-wrapped line goes on; a paragraph's break ends the run
    return re.compile(rf"[A-Z][\w'’.-]*(?:{space}(?:(?:{small}){space})*[A-Z][\w'’.-]*)+")


@lru_cache(maxsize=8)
def _named_after_posts(text: str) -> tuple[tuple[frozenset[str], str], ...]:
    """Each post written in capitals just before a name in the text: its keys and the name's last word."""
    found = []
    for run in _run().finditer(BETWEEN.sub("", text)):
        words = run.group().split()
        last = max((k for k, w in enumerate(words) if is_title_word(w) and not _form_of_address(w)), default=None)
        name = [w for w in words[last + 1:] if not _form_of_address(w)] if last is not None else []
        if name and name[-1] not in CALENDAR and (keys := post_keys(" ".join(words[:last + 1]))):
            found.append((frozenset(keys), name[-1]))
    return tuple(found)


@lru_cache(maxsize=8)
def _bodies_letters(text: str) -> frozenset[str]:
    """Letters given in brackets after a name that is no post's ("Provincial Health Office (PHO)")."""
    return frozenset(hit.group(1).lower() for hit in BRACKETED.finditer(text)
                     if hit.group(1).lower() not in post_keys(text[max(0, hit.start() - REACH):hit.start()]))
