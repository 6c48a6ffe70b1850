"""A post named again by its letters or by its words alone: "The CMO urged …" after "Chief Medical
Officer Dr Marsha Pottinger-Grant", "the DC said" after "Deputy Commissioner (DC) Chaudhry Hassan
Waqar", "the DCE noted" after "the District Chief Executive (DCE), Hon. Mawuli Adzraku": the one
person the text gave a post with those letters or words, written just before their name."""
from __future__ import annotations

import calendar
import re
from functools import lru_cache
from typing import Iterable

from ..lexicon import is_title_word

JOINERS = {"of", "for", "and", "the", "&", "on", "in"}
LETTERS = re.compile(r"[A-Z]{2,6}")
BRACKETED = re.compile(r"\(([A-Z]{2,6})\)")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
SHORT_TITLE = 4  # letters of a title set before a name rather than a post's word ("Dr", "Hon", "Engr")
REACH = 120  # characters before a name read for its post
OCCURRENCES = 3  # of a name, read for a post written before it
SENTENCE_END = re.compile(r"(?:[a-z\d][.!?][\"”’]?\s|\n)")


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


def posts_written_before(text: str, name: str) -> set[str]:
    """The keys of the posts written just before the first few times `name` is written."""
    keys: set[str] = set()
    start = 0
    for _ in range(OCCURRENCES):
        at = text.find(name, start)
        if at < 0:
            break
        before = text[max(0, at - REACH):at]
        ends = [e for e in SENTENCE_END.finditer(before) if not _after_a_title(before, e.start() + 1)]
        keys |= post_keys(before[ends[-1].end():] if ends else before)
        start = at + len(name)
    return keys


def _after_a_title(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` ends a title written short ("Hon.", "Engr."), not a sentence."""
    word = WORD.findall(text[max(0, stop - SHORT_TITLE - 2):stop + 1])
    return bool(word) and is_title_word(word[-1] + ".")


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
    """The one named person with a post called by one of `keys`; None where none or two, or where
    the letters are a body's, given in brackets after its name ("Provincial Health Office (PHO)"
    beside "Provincial Health Officer Dr …")."""
    if any(not post_keys(text[max(0, hit.start() - REACH):hit.start()]) & keys
           for hit in BRACKETED.finditer(text) if hit.group(1).lower() in keys):
        return None
    if len({name for post, name in _named_after_posts(text) if post & keys}) > 1:
        return None  # "Chief Medical Officer Dr Lorna Crane and Chief Marketing Officer Paul Dray"
    holders = [e for e in people if e.kind == "person" and e.named and keys & posts_written_before(text, e.name)]
    return holders[0] if len(holders) == 1 else None


CALENDAR = set(calendar.day_name) | set(calendar.month_name[1:])  # "Police Thursday" names no one
RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|the|&)\s+)*[A-Z][\w'’.-]*)+")


@lru_cache(maxsize=8)
def _named_after_posts(text: str) -> tuple[tuple[frozenset[str], str], ...]:
    """Each post written in capitals just before a name in the text: its keys and the name's last word."""
    found = []
    for run in RUN.finditer(text):
        words = run.group().split()
        last = max((k for k, w in enumerate(words) if is_title_word(w) and not _form_of_address(w)), default=None)
        name = [w for w in words[last + 1:] if not _form_of_address(w)] if last is not None else []
        if name and name[-1] not in CALENDAR and (keys := post_keys(" ".join(words[:last + 1]))):
            found.append((frozenset(keys), name[-1]))
    return tuple(found)
