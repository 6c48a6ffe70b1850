"""Names written family name first ("Goh Siew Lan", "Tan Wei Ming"), which a reader meets again as
"Madam Goh" or "Mr Tan": the title goes before the family name, the name's first word, not before
its last. And people who share a family name are told apart by what the text says they are ("Mr
Goh" is not his mother, "Madam Goh")."""
from __future__ import annotations

import re
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from . import gender

from ..lexicon import word_set
from .names import is_title_word, person_entities, without_possessive, without_titles


def genders_clash(m, e) -> bool:
    """Whether a named mention's title says one sex and the person's the other ("Madam Goh" is not
    "Mr Goh"); a pronoun's gender is only as right as its resolution, so it never clashes."""
    return m.kind == e.kind == "person" and m.pronoun is None and m.gender is not None \
        and e.gender is not None and m.gender != e.gender


def named_by_family_name(recent: Iterable, m) -> object | None:
    """"Madam Goh Siew Lan … Madam Goh says": a titled mention of one word is the person last seen
    whose full name opens with that word, where the word is no given name the text gave (it ends
    no one's name) and the title's sex does not rule them out. `recent` gives the entities latest
    seen first."""
    words = m.text.split()
    if m.kind != "person" or not m.named or m.pronoun is not None or len(words) < 2 \
            or len(untitled(words)) != 1:
        return None
    family = words[-1].lower()
    for e in recent:
        if e.kind != "person" or not e.named or genders_clash(m, e) or not e.fits(m.gender):
            continue
        name = [w.lower() for w in untitled(e.name.split())]
        if len(name) >= 2 and name[0] == family and name[-1] != family:
            return e
    return None


def untitled(words: list[str]) -> list[str]:
    """A name's words less the titles that open it, one word ("Madam", "Datuk") or a phrase of
    title_phrases.txt ("Tan Sri"), whose words alone may be names."""
    phrases = word_set("title_phrases")
    k = 0
    while k < len(words):
        if is_title_word(words[k]):
            k += 1
        elif " ".join(words[k:k + 2]).lower() in phrases:
            k += 2
        else:
            break
    return words[k:]


def by_same_title(recent: Iterable, m) -> object | None:
    """"His son, Dr Anand Deshpande … Dr Deshpande said": of the people who share a surname, the one
    the text gave the same title before the name, where exactly one was; `recent` gives the
    candidates latest seen first."""
    words = m.text.split()
    if m.kind != "person" or not m.named or len(words) != 2 or not is_title_word(words[0]):
        return None
    title, surname = words[0].lower().rstrip("."), words[1].lower()
    titled = []
    for e in recent:
        if e.kind != "person" or not e.named or genders_clash(m, e) or " " not in e.name.strip() \
                or e.name.lower().split()[-1] != surname:
            continue
        if any(_titled_with(x.text, title, e.name) for x in e.mentions):
            titled.append(e)
    return titled[0] if len(titled) == 1 else None


def _titled_with(text: str, title: str, name: str) -> bool:
    words = [w.lower().rstrip(".,") for w in text.split()]
    first = name.lower().split()[0]
    return any(w == title and k + 1 < len(words) and words[k + 1] == first for k, w in enumerate(words))


def named_in_full_family_first(doc: Doc, family: str, sex: str | None = None) -> str | None:
    """"Prime Minister Okabe" in the headline, "Prime Minister Okabe Hideyuki" in the first line,
    "Mr Okabe" after: a one-word name that opens a full name of two or three words, ends none and
    is no given name the name list knows, is a family name written first, and the person is that
    full name. None where no such name, or more than one, is given. A full name titled for the
    other sex (`sex`, "m" or "f", of the one-word name's title) is someone else: "Mr Ong" is not
    "Madam Ong Bee Lian"."""
    if " " in family or gender.from_first_name(family) is not None:
        return None
    full, ends = set(), False
    for e in person_entities(doc):
        words = [t for t in without_titles(e) if t.tag_ != "POS"]
        if sex is not None and words and gender.from_words([_title_before(e, words[0])]) not in (None, sex):
            continue
        if len(words) > 1 and words[-1].text == family:
            ends = True
        elif 2 <= len(words) <= 3 and words[0].text == family:
            full.add(" ".join(without_possessive(without_titles(e)).split()))
    return next(iter(full)) if len(full) == 1 and not ends else None


def _title_before(person: Span, first: Token) -> str:
    """The word just before a name, inside its mention or out ("Madam" of "Madam Ong Bee Lian")."""
    return person.doc[first.i - 1].text if first.i > 0 else ""


# "Chih-hao", "Mei-ling", "Sang-woo": a given name of two romanised syllables joined by a hyphen
SYLLABLE_PAIR = re.compile(r"[A-Z][a-z]+-[a-z]+")


def written_family_first(name: str) -> bool:
    """"Lin Chih-hao", "Chau Wing-lok": a name of two words whose last is a given name of two
    syllables joined by a hyphen is written family name first, so its first word is the family
    name, whatever the name list says of it as a given name ("Lin" is a woman's there)."""
    words = name.split()
    return len(words) == 2 and SYLLABLE_PAIR.fullmatch(words[1]) is not None
