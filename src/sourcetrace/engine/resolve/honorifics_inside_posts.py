"""A post phrase with an honorific inside it ("Leader of the Opposition Hon. Mwila Chabala",
"Minister of State for Health Dr. Ama Boateng", "Member for Kasama Central Rt Hon. …") ends at the
honorific: the capitals after it are the holder's name, whatever the tagger made of them (it may
tag only "Chabala", or none). Outlets of the Commonwealth write a post, then "Hon." or "Dr.", then
the name, with no comma between."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load_json
from ..parse import english_words
from .names import is_title_word

NAME_WORDS = 4  # words of a name after the honorific: "Sumo G. Kpadeh", "Ama Serwaa Boateng"


@lru_cache(maxsize=1)
def _courtesy() -> frozenset[str]:
    return frozenset(load_json("roles.json")["courtesy"]) | {"rt", "right", "hon'ble", "honble"}


def _an_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in _courtesy()


def _name_word(word: str) -> bool:
    """A capitalised word of a name, an initial ("G.") or a hyphened part ("Osei-Bonsu"), no title."""
    if re.fullmatch(r"[A-Z]\.", word):
        return True
    return word[:1].isupper() and not is_title_word(word) and not _an_honorific(word) \
        and bool(re.fullmatch(r"[\w'’-]+", word))


def _english(word: str) -> bool:
    bare = word.lower().rstrip(".").split("-")[0]
    return bare in english_words() or bare.endswith("s") and bare[:-1] in english_words()  # plurals


def holder_past_honorific(phrase: str, post_keys) -> str | None:
    """The name after the last honorific of a post phrase ("Mwila Chabala" of "Leader of the
    Opposition Hon. Mwila Chabala"), where a post stands before the honorific (`post_keys`, a
    function of a phrase to the posts it names) and only a name's words after it; else None."""
    words = phrase.split()
    honorifics = [k for k, w in enumerate(words) if _an_honorific(w)]
    if not honorifics:
        return None
    first = honorifics[0]
    while first > 0 and first - 1 in honorifics:
        first -= 1
    last = honorifics[-1]
    if any(not _an_honorific(w) for w in words[first:last + 1]):
        return None  # "Mr … Dr …": two honorifics apart, no post phrase before one name
    before, name = words[:first], words[last + 1:]
    if not before or not 2 <= len(name) <= NAME_WORDS or not all(_name_word(w) for w in name):
        return None
    if all(_english(w) for w in name if len(w) > 2):
        return None  # "Hon. Members Present": English words with capitals, no one's name
    # the words before the honorific are a post: a title word among its capitals ("Leader of the
    # Opposition", "District #7 Representative"), no one's name
    if not post_keys(" ".join(before)) or not any(is_title_word(w) and w[:1].isupper() for w in before):
        return None
    return " ".join(name)
