"""A firm's legal form after its name ("Gulf Crescent Logistics K.S.C.P.", "StraitsLink Logistics
Pte Ltd", "Minera Andina S.A. de C.V."): the world's registers write hundreds of them
(lexicons/legal_forms.txt), and one is no part of how a reader hears the firm where the text
itself also calls the firm by the words before it."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import word_set

_MARKS = re.compile(r"[.,()]")


def _key(word: str) -> str:
    return _MARKS.sub("", word).lower()


@lru_cache(maxsize=None)
def _forms() -> tuple[frozenset[tuple[str, ...]], frozenset[str], int]:
    """The forms as keys of their words, the forms written in small letters with no full stop
    (which count only as written: "as", "co" are English words), and the most words in one."""
    lines = word_set("legal_forms")
    keys = frozenset(tuple(_key(w) for w in line.split()) for line in lines)
    small = frozenset(line for line in lines if line.islower() and "." not in line)
    return keys, small, max(len(k) for k in keys)


def _is_form(words: list[str]) -> bool:
    keys, small, _ = _forms()
    if tuple(_key(w) for w in words) not in keys:
        return False
    # "Logistics as" is no form; "Kessock Maltings plc" is, as written; "de" inside "S.A. de C.V." is
    word = words[0].strip(",()")
    return len(words) > 1 or not word.islower() or "." in word or word in small


def without_legal_form(name: str) -> str:
    """The name less the legal forms it ends on ("Pte Ltd", "Co., Ltd.", "S.A. de C.V."), and the
    comma before them; at least one word is left."""
    words = name.split()
    _, _, longest = _forms()
    cut = True
    while cut:
        cut = False
        for n in range(min(longest, len(words) - 1), 0, -1):
            # a form follows a name's own word, never a joining one ("the Office of the AG")
            if _is_form(words[-n:]) and not words[-n - 1][:1].islower():
                words, cut = words[:-n], True
                break
    return " ".join(words).rstrip(",") if words else name


def ends_on_legal_form(name: str) -> bool:
    return without_legal_form(name) != name


def words_end_on_legal_form(words: list[str], end: int) -> bool:
    """`ends_on_legal_form` of `words[:end]` joined (a trailing comma aside), reading only the last
    words a form and the word before it can span: constant cost however long the run."""
    _, _, longest = _forms()
    return ends_on_legal_form(" ".join(words[max(0, end - longest - 1):end]).rstrip(","))


def is_legal_form(text: str) -> bool:
    """"S.A.", "Pte Ltd": the words are one legal form and nothing else."""
    return bool(text.split()) and _is_form(text.split())
