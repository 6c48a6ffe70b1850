"""Whether "he" or "she" can point to a person: a gendered title or role word ("Mr.", "her
husband"), else what the first name usually is. Unknown fits either."""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import gendered_words, name_list, word_pairs

PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
# "mostly_" guesses are left out: the list calls "Bernie" mostly female.
GUESSES = {"male": "m", "female": "f"}


def from_words(words: list[str]) -> str | None:
    lexicon = gendered_words()
    return next((lexicon[w] for w in (w.lower().rstrip(".") for w in words) if w in lexicon), None)


@lru_cache(maxsize=4096)
def from_first_name(name: str) -> str | None:
    own = word_pairs("given_names_sex").get(name.lower())  # "Kwame", "Nana" (given_names_sex.tsv)
    if own is not None:
        return own if own in ("m", "f") else None
    return GUESSES.get(name_list().get_gender(name))


@lru_cache(maxsize=4096)
def is_first_name(name: str) -> bool:
    """Whether the name list knows the word as a first name of any kind ("Mary" is mostly female),
    or given_names_sex.tsv does."""
    return name.lower() in word_pairs("given_names_sex") or name_list().get_gender(name) != "unknown"
