"""Turkic names by a father's given name: "Almaz Toktogul uulu" (Kyrgyz: Almaz, son of Toktogul),
his daughter "Aizada Almaz kyzy", "Elnur Rashid oglu", "Leyla Elnur qizi". The lower-case word
(patronymic_words.txt) ends the name, and a story calls the person by the last two words
("Toktogul uulu said"), as it would by a surname. The tagger stops before that word or misses
the name; left so, the daughter is known as "Aizada Almaz" and her father's given name in it
makes her words his."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span, Token

from ..lexicon import word_set

GIVEN_MOST = 2  # name words before the patronymic word: the given name and the father's


def is_patronymic_word(word: str) -> bool:
    return word in word_set("patronymic_words")


def patronymic_surname(name: str) -> str | None:
    """"Toktogul uulu" of "Almaz Toktogul uulu": the father's name and the word, as a surname."""
    words = name.split()
    return " ".join(words[-2:]) if len(words) >= 2 and is_patronymic_word(words[-1]) else None


def with_patronymic_words(doc: Doc, people: list[Span], name_word: Callable[[str], bool],
                          title_word: Callable[[str], bool]) -> list[Span]:
    """`people` with each name before a patronymic word run on over it (and over the family name
    some write after it), and the capitalised words just before one (at most a given name and a
    father's, no title) taken for a name the tagger missed ("Bakyt uulu" of "Bakyt uulu, 61, said")."""
    joined: list[Span] = []
    for t in doc:
        if not (t.is_lower and is_patronymic_word(t.text)) or t.i == 0:
            continue
        start = t.i
        while start > 0 and t.i - start < GIVEN_MOST and doc[start - 1].whitespace_ \
                and name_word(doc[start - 1].text) and not title_word(doc[start - 1].text):
            start -= 1
        if start == t.i:
            continue
        tagged = next((p for p in people if p.start < t.i <= p.end), None)
        end = t.i + 1
        # "Elnur Rafiq oglu Mammadli": where a family name follows the patronymic, it ends the name
        if end < len(doc) and t.whitespace_ and name_word(doc[end].text) and not title_word(doc[end].text) \
                and not doc[end].is_sent_start:
            end += 1
        joined.append(doc[min(start, tagged.start) if tagged is not None else start:end])
    if not joined:
        return people
    kept = [p for p in people if not any(p.start < s.end and s.start < p.end for s in joined)]
    return sorted(kept + joined, key=lambda p: p.start)


def patronymic_name_at(word: Token, people: tuple[Span, ...]) -> tuple[int, int] | None:
    """Where the name lies (characters) that a lone patronymic word ends, as the parser may take
    "uulu" alone for the subject of "Bakyt uulu said"; None for any other word."""
    if not is_patronymic_word(word.text):
        return None
    name = next((p for p in people if p.start < word.i and p.end == word.i + 1), None)
    return (name.start_char, name.end_char) if name is not None else None


def names_around_patronymics(doc: Doc, name_word: Callable[[str], bool],
                             title_word: Callable[[str], bool]) -> list[Span]:
    """"Kanybek Asanbekovich Toktogulov", "Olena Petrivna Kravets": a capitalised word ending as a
    father's name does (patronymic_endings.txt), between a given name and a family name, makes the
    three a person's name, whatever the tagger took them for (a body's, as after a long post)."""
    endings = tuple(word_set("patronymic_endings"))
    found = []
    for t in doc:
        if not (0 < t.i < len(doc) - 1 and t.is_title and t.is_alpha and t.lower_.endswith(endings)):
            continue
        given, family = doc[t.i - 1], doc[t.i + 1]
        if given.whitespace_ and t.whitespace_ and name_word(given.text) and name_word(family.text) \
                and not title_word(given.text) and not title_word(family.text) and not family.is_sent_start:
            found.append(doc[t.i - 1:t.i + 2])
    return found

