"""A public body called by its field: "the health ministry", "the transport department". The field
says which body it is, so it is never one whose name gives no such field ("the health ministry"
after "The Department of Environment said …" is another body). Fields and their spellings are
data (lexicons/portfolios.txt)."""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import kind_words, word_set

STEM = 6  # letters a name's word may share with a field's form to hold it ("Environmental", "Transportation")


@lru_cache(maxsize=None)
def _fields() -> dict[str, frozenset[str]]:
    """Each form of a field → all the forms of that field."""
    out: dict[str, frozenset[str]] = {}
    for line in word_set("portfolios"):
        forms = frozenset(line.lower().split())
        for form in forms:
            out[form] = forms
    return out


def is_field(word: str) -> bool:
    """Whether `word` is a field's form ("Transport", "health")."""
    return word.lower() in _fields()


def _holds(name: str, forms: frozenset[str]) -> bool:
    words = {w.strip(".,'’()").lower() for w in name.replace("-", " ").split()}
    return any(w in forms or any(len(f) >= STEM and w.startswith(f) for f in forms) for w in words)


def other_field(lemma: str, said: frozenset[str] | set[str], name: str) -> bool:
    """Whether the words said of a public body before its word `lemma` ("health" of "the health
    ministry") give a field that the body's name does not hold."""
    if lemma not in kind_words()["portfolio_heads"] | kind_words()["portfolio_body_words"]:
        return False
    fields = _fields()
    return any(w in fields and not _holds(name, fields[w]) for w in said)


def same_body_by_field(a: str, b: str) -> bool:
    """"Energy ministry" and "Ministry of Energy of the Kyrgyz Republic": a body called by its field
    before its word ("Energy ministry", a headline's, a wire's) and the full name that gives the
    same word with "of" and that field after it, both a public body's (kinds.json `portfolio_heads`)."""
    return _field_first(a, b) or _field_first(b, a)


def _field_first(short: str, full: str) -> bool:
    words, fullwords = _past_the(short), _past_the(full)
    if not 2 <= len(words) <= 3 or words[-1] not in kind_words()["portfolio_heads"]:
        return False
    fields = _fields()
    return fullwords[:2] == [words[-1], "of"] and all(w in fields for w in words[:-1]) \
        and all(_holds(" ".join(fullwords[2:]), fields[w]) for w in words[:-1])


def _past_the(name: str) -> list[str]:
    words = name.lower().split()
    return words[1:] if words[:1] == ["the"] else words
