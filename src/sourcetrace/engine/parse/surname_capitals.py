"""Family names in capitals, as the francophone press of West and Central Africa writes them in
English too ("Kadiatou Lamarana BAH", "KONÉ Zié Lassina", "Clarisse EBOGO MVONDO"): the small
model reads a word in capitals as a body's letters, so the name ends before its surname or is
no one's. Where a text writes a known given name beside such a word, it keeps that house style,
and the parse copy writes each family name in capitals beside a capitalised word ("Minister
KONÉ", "Housseini KABORÉ"), and the same word standing alone later ("BAH added"), with only its
first letter a capital. A body's letters are left as written: a word without a vowel, an
English word ("THE"), a word in brackets anywhere in the text or after "the" ("the ACD"), the
first letters of capitalised words the text writes ("NFA" of "Northern Football Association"),
a title, rank, honour or legal form ("DI Florian Pichlmayr", "Maureen Fitzgibbon OAM"). A
capitalised stop word ("An NFA spokeswoman") is no name's."""
from __future__ import annotations

import re
from typing import Callable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from ..lexicon import is_title_word, word_set

WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)?(?![\w-])")
_VOWELS = set("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ")
_LETTERS = re.compile(r"\(([^\W\d_]{2,})\)|\b[Tt]he ([^\W\d_]{2,})\b")


def surname_capitals(text: str, english: Callable[[str], bool],
                     given_name: Callable[[str], bool]) -> list[tuple[int, str]]:
    """(offset, word with only its first letter a capital) for each family name in capitals, in a
    text that writes one beside a given name `given_name` knows; none in any other text."""
    letters = {a or b for a, b in _LETTERS.findall(text)} | _spelled_out(text)
    surnames: set[str] = set()
    keyed = False
    for run in _runs(text):
        words = [w.group() for w in run]
        if _caps(words[0]) and _caps(words[-1]):
            continue  # capitals at both ends: a headline's or a body's, not one name
        caps = [w for w in words if _caps(w) and _VOWELS & set(w) and w not in letters
                and not english(w.lower()) and not _letters_of_kind(w)]
        surnames.update(caps)
        keyed = keyed or bool(caps) and any(_titled(w) and given_name(w.split("-")[0]) for w in words)
    if not keyed:
        return []
    return [(m.start(), _first_capital(m.group())) for m in WORD.finditer(text) if m.group() in surnames]


def _runs(text: str) -> Iterator[list[re.Match]]:
    """Runs of two or more capitalised words, one space apart, with a word in capitals among them."""
    run: list[re.Match] = []
    for m in WORD.finditer(text):
        word = m.group()
        if not (_caps(word) or _titled(word)) or word.lower() in STOP_WORDS:
            word = ""
        if run and word and text[run[-1].end():m.start()] == " ":
            run.append(m)
            continue
        if len(run) > 1 and any(_caps(w.group()) for w in run):
            yield run
        run = [m] if word else []
    if len(run) > 1 and any(_caps(w.group()) for w in run):
        yield run


ACRONYM_MOST = 8  # letters of a body's short form spelled out by its words
SMALL_WORDS_BETWEEN = 2  # "Union nationale pour le Progrès": words in small letters the letters skip


def _spelled_out(text: str) -> set[str]:
    """The first letters of runs of capitalised words the text writes, as a body's short form
    spells them ("NFA": "Northern Football Association"), at most two words in small letters
    between any two; one pass over the words, each run read up to `ACRONYM_MOST` letters."""
    words = [m.group() for m in WORD.finditer(text)]
    out = set()
    for i, word in enumerate(words):
        if not word[0].isupper():
            continue
        letters, skipped, j = word[0], 0, i + 1
        while j < len(words) and len(letters) < ACRONYM_MOST and skipped <= SMALL_WORDS_BETWEEN:
            later, j = words[j], j + 1
            if later[0].isupper():
                letters, skipped = letters + later[0], 0
                out.add(letters)
            else:
                skipped += 1
    return out


def _letters_of_kind(word: str) -> bool:
    lowered = word.lower()
    return is_title_word(word) or lowered in word_set("postnominals") or word in word_set("legal_forms")


def _caps(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _titled(word: str) -> bool:
    return all(part[:1].isupper() and part[1:].islower() for part in word.split("-"))


def _first_capital(word: str) -> str:
    return "-".join(part[0] + part[1:].lower() for part in word.split("-"))
