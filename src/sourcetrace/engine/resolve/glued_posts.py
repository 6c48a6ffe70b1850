"""Posts glued to a name: "CEO and co-founder Dr. Noa Ben-Haim", "Local Senedd Member Rhodri Ellis
MS". A chain of posts before a name (joined by "and", qualified by "co-", "acting", "former"), or
letters for a post after it, are no part of the name, where the text knows that name as a
person's, in full or by a surname it gives alone (post_holders.py joins the source to them)."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Span

from ..lexicon import load_json, word_set
from ..parse import scratch
from . import gender
from .coref import posts_in
from .names import is_title_word, person_entities


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    roles = load_json("roles.json")
    return frozenset(roles["other_post"]) | frozenset(roles["post_qualifiers"])


def _glued_post(word: str) -> bool:
    """"CEO", "and", "co-founder", "Dr.": a post, its qualifier or a title, no word of a name."""
    parts = [p for p in word.lower().split("-") if p]
    return bool(parts) and all(is_title_word(p) or p in _qualifiers() or p in ("and", "&") for p in parts)


def past_glued_posts(doc: Doc, name: str, as_written: Callable[[Span], str]) -> str | None:
    """"CEO and co-founder Dr. Noa Ben-Haim", "Local Senedd Member Rhodri Ellis MS": the name a
    chain of posts before it (ending on a title word), or letters for a post after it, are glued
    to, where the text knows that name as a person's; else None."""
    words = name.split()
    known = _names_known(doc, as_written)
    for k in range(len(words) - 1):
        for j in range(len(words), k + 1, -1):
            if (k or j < len(words)) and _known_name(words[k:j], known) \
                    and _posts_before(words[:k]) and all(_post_letters(w) for w in words[j:]):
                return " ".join(words[k:j])
    return None


def _names_known(doc: Doc, as_written: Callable[[Span], str]) -> frozenset[str]:
    """The people's names as the text gives them, less letters for a post after them ("… TD")."""
    memory = scratch(doc)
    if "post_holders_names" not in memory:
        names = set()
        for p in person_entities(doc):
            words = as_written(p).split()
            while len(words) > 1 and _post_letters(words[-1]):
                words = words[:-1]
            names.add(" ".join(words))
        memory["post_holders_names"] = frozenset(names)
    return memory["post_holders_names"]


def _known_name(words: list[str], known: frozenset[str]) -> bool:
    """A person's name in full, or a given name and a surname the text gives alone ("Ellis")."""
    return len(words) > 1 and (" ".join(words) in known
                               or len(words) == 2 and words[1] in known and gender.is_first_name(words[0]))


def _posts_before(words: list[str]) -> bool:
    """Nothing, or a chain of posts ending on a title word: "CEO and co-founder Dr.", "Local Senedd Member"."""
    if not words:
        return True
    if not is_title_word(words[-1]) or words[-1].lower().rstrip(".") in load_json("roles.json")["courtesy"] \
            and not any(w.lower() in ("and", "&") for w in words):
        return False
    return all(_glued_post(w) or w[:1].isupper() for w in words)


def _post_letters(word: str) -> bool:
    """"MS", "MSP", "TD", "KC" after a name: a post or honour in capitals, no part of it."""
    bare = word.rstrip(".,")
    return bare.isupper() and (is_title_word(bare) or bare.lower() in word_set("postnominals")
                               or bool(posts_in(bare)))
