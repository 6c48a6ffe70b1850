"""Korean and Cantonese names the tagger did not tag: a family name and a given name of two short
syllables joined by a hyphen, the second in lower case ("Han Ji-woo", "Chan Ka-lok"). The tagger
often reads the lower-case syllable as a noun and leaves the whole name out, so a recap ("the
41-year-old director") or a pronoun finds no one; the shape alone is a name, as no English
compound is written so ("Post-war" and "Trump-era" join two English words)."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span, Token

HYPHENS = ("-", "‐")
SYLLABLE_MOST = 6  # letters of a romanised syllable: "Do", "hyeon", "Gyeong"


def names_on_syllable_given_names(doc: Doc, taken: set[int], name_word: Callable[[str], bool],
                                  english: Callable[[str], bool], listed: Callable[[Token], bool]) -> list[Span]:
    """The spans "<family> <Syllable>-<syllable>" that overlap no token of `taken` (names found
    already): the family name capitalised, spaced from the given name, no title, body's word nor
    stop word; the syllables touching the hyphen, short, and not both English words."""
    found = []
    for k in range(2, len(doc) - 1):
        hyphen = doc[k]
        if hyphen.text not in HYPHENS or hyphen.whitespace_ or doc[k - 1].whitespace_:
            continue
        family, first, second = doc[k - 2], doc[k - 1], doc[k + 1]
        if not (family.whitespace_ and name_word(family.text) and not listed(family) and not family.is_stop
                and first.is_title and first.is_alpha and len(first) <= SYLLABLE_MOST
                and second.is_alpha and second.is_lower and len(second) <= SYLLABLE_MOST) \
                or english(first.lower_) and english(second.lower_) \
                or k + 2 < len(doc) and doc[k + 2].text in HYPHENS and not second.whitespace_ \
                or taken & set(range(k - 2, k + 2)):
            continue
        found.append(doc[k - 2:k + 2])
    return found


def ends_syllable_given_name(word: Token) -> bool:
    """Whether a lower-case word is the last syllable of such a name ("yeon" of "Han Seo-yeon"):
    a noun to the tagger, the head of a name to a reader."""
    doc, k = word.doc, word.i
    return word.is_lower and word.is_alpha and len(word) <= SYLLABLE_MOST and k >= 3 \
        and doc[k - 1].text in HYPHENS and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
        and doc[k - 2].is_title and len(doc[k - 2]) <= SYLLABLE_MOST and doc[k - 3].whitespace_ \
        and doc[k - 3].is_title and not doc[k - 3].is_stop


def family_name_before_syllables(words: list[str]) -> str | None:
    """"Chiang" of "Chiang Po-yu", "Han" of "Han Seo-yeon": the family name written before a given
    name of two short syllables, the second in lower case; None for any other name ("Jean-Luc Picard",
    "Ana Rae-Buchanan")."""
    if len(words) != 2 or not words[0][:1].isupper() or words[1].count("-") != 1:
        return None
    first, second = words[1].split("-")
    return words[0] if first[:1].isupper() and first.isalpha() and second.isalpha() and second.islower() \
        and len(first) <= SYLLABLE_MOST and len(second) <= SYLLABLE_MOST else None
