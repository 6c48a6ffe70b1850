"""General words for posts (general_posts.tsv): "the law officer" is whoever the article makes its
prosecutor or advocate general, "the lawmaker" its one senator or MP, "the cleric" its one imam or
bishop. A mention is read for the general word its post ends on; a holder's posts for the general
words that cover them (post_holders.py matches the two)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import word_pairs


@lru_cache(maxsize=1)
def _covered() -> dict[str, frozenset[str]]:
    return {general: frozenset(p.strip() for p in posts.split(",") if p.strip())
            for general, posts in word_pairs("general_posts").items()}


def general_word_of(words: list[str]) -> str | None:
    """The general word a post's words end on ("law officer" of "the law officer"), or None."""
    text = " ".join(words)
    return next((g for g in _covered() if text == g or text.endswith(" " + g)), None)


def generals_covering(keys: frozenset[str]) -> frozenset[str]:
    """The general words for any of a holder's posts: "law officer" for a prosecutor."""
    return frozenset(g for g, posts in _covered().items() if posts & keys)


def general_words_in(phrase: str) -> set[str]:
    """The words of any general word in a phrase ("law", "officer"), which qualify no post."""
    lowered = phrase.lower()
    return {w for g in _covered() if re.search(rf"\b{re.escape(g)}\b", lowered) for w in g.split()}
