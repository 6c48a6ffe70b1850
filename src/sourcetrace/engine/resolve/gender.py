"""Whether "he" or "she" can point to a person: a gendered title or role word ("Mr.", "her
husband"), else what the first name usually is. Unknown fits either."""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import gendered_words, is_given_name, name_list, word_pairs

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
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
    return GUESSES.get(name_list().get_gender(name)) or _by_ending(name.lower())


ENDING_ROOT_LEAST = 3  # letters before the ending: "Thank-amma", never a name that is the ending


def _by_ending(name: str) -> str | None:
    """The sex a given name no list knows says by how it ends (given_name_endings_sex.tsv): South
    Indian women's names end on "-amma" (mother: "Thankamma", "Kunjamma", "Rajamma")."""
    for ending, sex in word_pairs("given_name_endings_sex").items():
        if name.endswith(ending) and len(name) - len(ending) >= ENDING_ROOT_LEAST:
            return sex if sex in ("m", "f") else None
    return None


is_first_name = is_given_name  # the name list's, read by the parse too (parse/lead_capitals.py)
