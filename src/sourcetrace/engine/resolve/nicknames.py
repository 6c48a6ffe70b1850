"""A name with the name a person goes by set in quotes inside it ("Cornelius 'Con' Dunne",
'Ramon "Monching" Villareal'): a reader meets the person again as "Con Dunne" or as "Cornelius
Dunne", both the same man."""
from __future__ import annotations

import re

from ..parse import english_words, scratch, text_of
from ..parse.marks import QUOTES

IN_QUOTES = re.compile(r"^(?P<given>.+?)\s+[\"“‘']\s*(?P<nick>[^\"“”‘’'\s][^\"“”‘’']{0,23}?)\s*[\"”’']\s+(?P<rest>\S.*)$")


def nickname_forms(name: str) -> tuple[str, ...]:
    """The other ways of writing a name with a quoted nickname: the nickname and the surname, the
    name without the nickname, and the nickname alone ('"I dreamed of this," Tong said' after
    'Teerapat "Tong" Khamkaew'); none for a name without one."""
    found = IN_QUOTES.match(name.strip())
    if found is None:
        return ()
    return f"{found['nick']} {found['rest']}", f"{found['given']} {found['rest']}", found["nick"]


# "Cornelius 'Con' Dunne" in the text, whatever the tagger made of it: given names, the nickname
# in quotes, the surname
WRITTEN = re.compile(r"\b([A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)[ \t]+[\"“‘']([A-Z][\w-]+)[\"”’'][ \t]+([A-Z][\w'’-]+)")


def called_by_nickname(doc, name: str) -> str | None:
    """"Con Dunne" where the text named "Cornelius 'Con' Dunne": that name, without the nickname,
    where the text gives exactly one such. Indexed once per doc, in one pass over its text."""
    memory = scratch(doc)
    if "nicknamed" not in memory:
        index: dict[str, set[str]] = {}
        for found in WRITTEN.finditer(text_of(doc)):
            given, nick, surname = found.groups()
            index.setdefault(f"{nick} {surname}".lower(), set()).add(f"{given} {surname}")
        memory["nicknamed"] = index
    full = memory["nicknamed"].get(name.strip().lower(), set())
    return next(iter(full)) if len(full) == 1 else None


NICKNAME_WORDS = 3  # "el Vasco", "La Pulga", "Big Tom"


def names_around_nicknames(doc, name_word) -> list:
    """'Eleanor "Nell" Brandvold' that the tagger left untagged or took for a place: a known given
    name, a one-word nickname in quotes and a capitalised surname are one person's name; so are
    a given name the list lacks and a surname, where neither is an English word ('Kritsada "Art"
    Boonmee': a nickname set between two names marks them as a person's)."""
    from .gender import is_first_name  # the name list loads only where a quote sits in a name
    found = []
    for t in doc:
        i = t.i
        # the closing quote: after a nickname of one word, or of a few with an article ("el Vasco")
        j = next((k for k in range(i + 2, min(i + 2 + NICKNAME_WORDS, len(doc))) if doc[k].text in QUOTES), None)
        if t.text not in QUOTES or i < 1 or j is None or j + 1 >= len(doc):
            continue
        given, nick, surname = doc[i - 1], doc[i + 1:j], doc[j + 1]
        if given.whitespace_ and doc[j].whitespace_ and not t.whitespace_ and name_word(nick[-1].text) \
                and all(w.is_title or w.is_lower and len(w) <= 3 for w in nick) \
                and name_word(given.text) and name_word(surname.text) \
                and (is_first_name(given.text) or _unlisted_given(given, surname)):
            end = j + 2
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].is_alpha:
                end += 2  # a surname with a hyphen: 'Sharon "Shay" McAllister-Greer'
            if end < len(doc) and doc[end - 1].whitespace_ and name_word(doc[end].text) \
                    and doc[end].lower_ not in english_words():
                end += 1  # a second surname: 'Ramón "el Vasco" Echenique Goyeneche'
            found.append(doc[i - 1:end])
    return found


def _unlisted_given(given, surname) -> bool:
    return given.is_title and surname.is_title and not given.is_sent_start \
        and given.lower_ not in english_words() and surname.lower_ not in english_words()
