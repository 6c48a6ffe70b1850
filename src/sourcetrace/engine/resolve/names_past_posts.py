"""A source named by its post and its name run together ("Minister for Disaster Preparedness Kenred
Strachan-Major", "Opposition spokesman on health Dr Clive Henry-Morgan", "traditional ruler of
Ugwu-Nkwo, HRH Igwe Cyprian Anieke") is the person: the canonical name is the name the text gives
after the post and the forms of address set before it, where two words or more no list takes for a
post's, a title's or a body's follow the last of them (past a field the post is "for" or "of", two
words no list knows)."""
from __future__ import annotations

import re

from ..lexicon import is_title_word, word_pairs, word_set
from .names import english, kind_vocabulary

WORD = re.compile(r"\S+")
MIN_NAME_WORDS = 2
FIELD_OPENERS = {"for", "of"}


def name_past_post(name: str) -> str | None:
    """The name after the post in `name`, or None where `name` is no post run into a name."""
    raw = WORD.findall(name)
    words = [w.strip(",") for w in raw]
    plain = [w for w in words if w.lower() not in ("the", "a", "an")]
    if len(plain) > 1 and plain[0].lower() in kind_vocabulary() and plain[1] == "of":
        return None  # "The government of President Anton Kovac" is the government
    last = max((k for k, w in enumerate(words) if _post_or_address(w)), default=None)
    if last is None:
        return None
    tail = words[last + 1:]
    if tail and tail[0] in FIELD_OPENERS and words[last][:1].isupper():  # not "spokesman for Lumetry Inc."
        # "Minister for Disaster Preparedness Kenred Strachan-Major": past the post's field, the last
        # two words where no list knows either
        tail = tail[-MIN_NAME_WORDS:] if all(_unknown(w) for w in tail[-MIN_NAME_WORDS:]) else []
    if len(tail) < MIN_NAME_WORDS or not all(_name_word(w) for w in tail) \
            or any(w.endswith(",") for w in raw[len(words) - len(tail):-1]):
        return None  # "Bu Yenni, Tampan, Pekanbaru": a name and where she lives
    return " ".join(tail)


def _unknown(word: str) -> bool:
    """No list knows it; a hyphened word only where every part is English ("Strachan-Major" is a name)."""
    return not all(english(part.lower()) for part in word.split("-"))


def _post_or_address(word: str) -> bool:
    """A post or title, or a form of address that is no name's first word ("Pak", not "Ma" of "Ma Kok Wai")."""
    return is_title_word(word) or word_pairs("address_names").get(word.lower().rstrip(".")) in ("name", "word")


def _name_word(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and word.lower().rstrip(".") not in kind_vocabulary() \
        and word.lower().rstrip(".") not in word_set("legal_forms") \
        and not any(c.isdigit() for c in word) and word.lower() not in ("and", "of", "the")
