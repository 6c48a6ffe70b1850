"""What is said of a person before the name, in the same noun phrase: "the 23-year-old Kulkarni",
"veteran striker Osei", "Ghanaian rapper Kwesi Mensah". An age, a trade, a nationality in lower
case or an epithet glued before a name is a description of the person, no part of the name: the
name runs from the first capitalised word after the last lower-case word (a name's own lower-case
particles aside: "Maria da Silva", "Ahmad bin Ismail", "Ludwig van Beethoven")."""
from __future__ import annotations

from ..lexicon import word_set
from .names import NAME_JOINERS

# the lower-case words a name of its own may hold, by the regions that write them
_NAME_LINKS = frozenset({"bin", "binti", "binte", "bint", "ibn", "ben", "bat", "abu", "ould", "ag", "ap",
                         "al", "el", "y", "e", "zu", "af", "av", "di", "lo", "st"})


def _particle(word: str) -> bool:
    bare = word.lower()
    return bare in NAME_JOINERS or bare in _NAME_LINKS or bare in word_set("name_particles") \
        or bare in word_set("surname_particles")


def _capitalised(word: str) -> bool:
    """"Osei", "al-Majali", "el-Sayed": a name's word, the article of an Arabic name aside."""
    head, _, rest = word.partition("-")
    return word[:1].isupper() or head in ("al", "el", "ad", "ar", "as", "ash", "at", "az") and rest[:1].isupper()


def split_described(name: str) -> tuple[str, str | None]:
    """("Kulkarni", "23-year-old") for "23-year-old Kulkarni"; the name alone when nothing in lower
    case comes before a capitalised word of it."""
    words = name.split()
    cut = max((i + 1 for i, w in enumerate(words[:-1])
               if (w[:1].islower() or w[:1].isdigit()) and not _particle(w) and not _capitalised(w)
               and _name_opens(words[i + 1:])),
              default=0)
    if not cut:
        return name, None
    return " ".join(words[cut:]), " ".join(words[:cut])


def _name_opens(words: list[str]) -> bool:
    """Whether a name starts at the first of `words`: a capitalised word, or a name's particles
    before one ("da Costa", "van der Berg")."""
    rest = next((w for w in words if not _particle(w)), "")
    return _capitalised(rest)
