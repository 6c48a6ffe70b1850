"""Where a person's name runs on past where the tagger ended it. A reader reads on over a nickname
set in quotes ('Ángel "Tito" Pagán Rosa'), over the lower-case particles of a surname ("Joaquim
dos Reis Matos", "Ana de la Cruz"), over the surnames that follow a given name the tagger read as
a place ("Wilfredo Ccori Mamani"), and over the third word of a name written family name first
("Hoàng Minh Đức"); the tagger often stops at each."""
from __future__ import annotations

import unicodedata
from typing import Callable

from spacy.tokens import Span, Token

from ..lexicon import word_set
from ..parse import english_words
from ..parse.marks import QUOTES
from . import gender
from .gaelic_names import with_gaelic_surname
from .glottal_names import glottal_name

NICKNAME_WORDS_MOST = 2
PARTICLES_MOST = 2  # "de la", "van der"
SURNAMES_MOST = 2  # "Ccori Mamani", "Pagán Rosa"
# Particles that may open a run of them; "la", "le", "los" open place names and "y", "e", "i" join
# two people as often as two surnames ("Ana y Pedro"): they open one only between surnames
NOT_OPENING = {"la", "las", "los", "le", "y", "e", "i"}
JOINS = {"y", "e", "i"}
# Labels a surname may carry when the tagger read it as something else ("Ccori Mamani" ORG)
SURNAME_LABELS = {"", "PERSON", "ORG", "NORP", "GPE", "WORK_OF_ART", "PRODUCT", "FAC", "LOC", "LAW", "EVENT"}


def family_name_first(word: str) -> bool:
    """A family name of those written before the given names ("Nguyễn", "Pham"), accents aside."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    return plain.replace("đ", "d") in word_set("family_names_first")


def run_on(person: Span, name_word: Callable[[str], bool], english: Callable[[str], bool],
           listed: Callable[[Token], bool]) -> Span:
    """`person` run on as far as a reader reads the name. `name_word` says a word is written as a
    name, `english` that a word (lower case) is English, `listed` that it is a title, a person
    noun or a body's word: never a surname. An English word is one only inside the entity the
    tagger opened with a surname."""

    def plain(word: Token) -> bool:
        return english(word.lower_) or listed(word)

    doc = person.doc
    person = with_gaelic_surname(_around_nickname(_before_open_nickname(person), name_word), name_word, listed)

    def surnames_from(k: int, most: int = SURNAMES_MOST, set_off: bool = False) -> int:
        end = k
        # a word the tagger kept inside the name it opened may be English ("Pagán Rosa"), and so
        # may one that a particle or a nickname sets off as a surname ("dos Santos")
        while end < len(doc) and end - k < most and name_word(doc[end].text) \
                and (not plain(doc[end]) or (set_off and end == k or end > k and doc[end].ent_iob_ == "I"
                                             and doc[end].ent_type_ != "PERSON") and not listed(doc[end])) \
                and doc[end].ent_type_ in SURNAME_LABELS and doc[end - 1].whitespace_:
            end += 1
        return end

    def past_particles(end: int) -> int:
        k, particles = end, word_set("surname_particles") | word_set("name_links")
        while k < len(doc) and k - end < PARTICLES_MOST and doc[k].is_lower and doc[k].lower_ in particles \
                and not (k == end and doc[k].lower_ in NOT_OPENING and not _joins_surnames(person, k)) \
                and doc[k - 1].whitespace_:
            k += 1
        return k

    end = person.end
    if end + 2 < len(doc) and doc[end].text in QUOTES and doc[end - 1].whitespace_:
        close = next((k for k in range(end + 1, min(end + 2 + NICKNAME_WORDS_MOST, len(doc))) if doc[k].text in QUOTES), None)
        if close is not None and close > end + 1 and all(name_word(t.text) for t in doc[end + 1:close]) \
                and close + 1 < len(doc) and doc[close].whitespace_:
            after = surnames_from(past_particles(close + 1), set_off=True)  # 'José Carlos "Zeca" dos Santos'
            if after > close + 1 and not doc[after - 1].is_lower:
                return run_on(doc[person.start:after], name_word, english, listed)
    k = past_particles(end)
    if k > end and (after := surnames_from(k, set_off=True)) > k:
        return doc[person.start:after]
    if len(person) == 1 and gender.is_first_name(person[0].text) and person[0].ent_type_ in ("GPE", "LOC") \
            and (after := surnames_from(end)) > end + 1:
        return doc[person.start:after]  # "Wilfredo" read as a place, "Ccori Mamani" as a body
    if len(person) == 1 and _surname_after_post(person, name_word, listed):
        return doc[person.start:end + 1]  # "Care worker Ryan Obi,": "Obi" is a word too
    if len(person) == 1 and _hyphened_given_name_at(doc, end, name_word, english):
        return doc[person.start:end + 3]  # "Kim" tagged of "Kim Do-hyeon"
    if len(person) == 2 and family_name_first(person[0].lower_) \
            and (after := surnames_from(end, 1)) > end:
        return doc[person.start:after]
    if (after := _past_honour_phrase(person, name_word, listed)) > end:
        return doc[person.start:after]  # "Tan Sri Lim" tagged of "Tan Sri Lim Cheng Hock"
    if _second_surname_after(person, name_word, english, listed):
        return doc[person.start:end + 1]  # "Martín Echeverría" of "Martín Echeverría Soto"
    return person


def _joins_surnames(person: Span, k: int) -> bool:
    """"Joan Pere Vilaró i Puig", "José Ortega y Gasset": a join between a name of two words or more
    and a capitalised word, neither side a given name, links two surnames, not two people."""
    doc = person.doc
    return doc[k].lower_ in JOINS and len(person) > 1 and k + 1 < len(doc) and doc[k + 1].is_title \
        and not gender.is_first_name(doc[k - 1].text) and not gender.is_first_name(doc[k + 1].text)


def _surname_after_post(person: Span, name_word: Callable[[str], bool], listed: Callable[[Token], bool]) -> bool:
    """"Care worker Ryan Obi, who …": after a post in lower case, a given name the list knows, tagged
    alone, and one capitalised word that the name ends on (a comma, a stop or a verb next) are a
    name in full, as news introduces a person, though the surname is an English word too."""
    doc, k = person.doc, person.start
    end = person.end
    if k == 0 or end + 1 >= len(doc) or not gender.is_first_name(person[0].text):
        return False
    post, word, after = doc[k - 1], doc[end], doc[end + 1]
    return post.is_lower and listed(post) and person[-1].whitespace_ and word.is_title and name_word(word.text) \
        and not listed(word) and word.ent_type_ in SURNAME_LABELS and not word.is_sent_start \
        and (after.text in (",", ".", ";") or after.pos_ in ("VERB", "AUX"))


SYLLABLE_MOST = 6  # letters of a syllable of a romanised given name: "Do", "hyeon", "Gyeong"


def _hyphened_given_name_at(doc, k: int, name_word: Callable[[str], bool], english: Callable[[str], bool]) -> bool:
    """"Do-hyeon", "Seo-yeon", "Wing-lok": a short capitalised syllable, a hyphen and a short
    syllable in lower case set against it, no English word, which Korean and Cantonese given
    names after a family name are ("Kim Do-hyeon"); not "Smith-led" nor "Jones Re-elected"."""
    if not (k + 2 < len(doc) and doc[k - 1].whitespace_ and doc[k + 1].text == "-"
            and not doc[k].whitespace_ and not doc[k + 1].whitespace_):
        return False
    first, second = doc[k], doc[k + 2]
    return name_word(first.text) and second.is_alpha and second.is_lower and not english(second.lower_) \
        and len(first) <= SYLLABLE_MOST and len(second) <= SYLLABLE_MOST


def _second_surname_after(person: Span, name_word: Callable[[str], bool], english: Callable[[str], bool],
                          listed: Callable[[Token], bool]) -> bool:
    """Whether a second surname follows a given name and a surname (titles before them aside):
    "Martín Echeverría Soto", "Lic. Arturo Salinas Medina,". The word may be English ("Medina",
    "Rosa") where a stop or a comma ends the name after it; never a title or a body's word."""
    doc, end = person.doc, person.end
    words = [t for t in person if not t.is_punct]
    if len(words) < 2 or end + 1 >= len(doc) or gender.from_first_name(words[-2].text) is None \
            or not all(listed(t) for t in words[:-2]) or not words[-1].is_title or listed(words[-1]):
        return False
    word = doc[end]
    if not (word.is_title and name_word(word.text)) or word.is_sent_start or not person[-1].whitespace_ \
            or word.ent_type_ not in SURNAME_LABELS or listed(word):
        return False
    return not english(word.lower_) or doc[end + 1].text in (",", ".", ";")


def _around_nickname(person: Span, name_word: Callable[[str], bool]) -> Span:
    """'Eleanor "Nell" Brandvold' with only "Nell" tagged: a name alone in quotes, a capitalised
    word just before the opening quote and one just after the closing quote, is a nickname set
    inside the full name, which runs from the given name to the surname."""
    doc, start, end = person.doc, person.start, person.end
    if start < 2 or end + 1 >= len(doc) or doc[start - 1].text not in QUOTES or doc[end].text not in QUOTES \
            or not doc[start - 2].whitespace_ or not doc[end].whitespace_:
        return person
    if name_word(doc[start - 2].text) and name_word(doc[end + 1].text) and gender.is_first_name(doc[start - 2].text):
        return doc[start - 2:end + 2]
    return person


def _before_open_nickname(person: Span) -> Span:
    """'Ramon "Monching' tagged a name, its nickname's closing quote and the surname left out: the
    given name before the nickname, which the reader reads on from."""
    doc, end = person.doc, person.end
    quotes = [t.i for t in person if t.text in QUOTES]
    if len(quotes) != 1 or quotes[0] == person.start or end >= len(doc) or doc[end].text not in QUOTES:
        return person
    return doc[person.start:quotes[0]]


def run_back(person: Span, name_word: Callable[[str], bool]) -> Span:
    """"Fuente Ibarra" found of "Ana de la Fuente Ibarra", "Carmen Ruiz" of "María del Carmen
    Ruiz": a name opening just after the particles of a surname runs back over them to the given
    name before them, a first name the name list knows; "Thị Kim Ngân" of "Nguyễn Thị Kim Ngân"
    runs back to the family name written first; "Lauina Pele" of "Ta'ase Lauina Pele" runs back
    over a word with a glottal stop inside (glottal_names.py), which the tagger read as a noun."""
    doc, k = person.doc, person.start
    particles = word_set("surname_particles") | word_set("name_links")
    while k > 0 and person.start - k < PARTICLES_MOST and doc[k - 1].is_lower and doc[k - 1].lower_ in particles \
            and doc[k - 1].whitespace_:
        k -= 1
    if k == person.start and k > 0 and doc[k - 1].whitespace_ and name_word(doc[k - 1].text) \
            and doc[k - 1].ent_type_ in ("", "PERSON") and family_name_first(doc[k - 1].lower_) \
            and family_name_first(person[0].lower_):
        return doc[k - 1:person.end]  # "Nguyễn" left off "Thị Kim Ngân"
    if k == person.start and k > 0 and len(person) >= 2 and doc[k - 1].whitespace_ and name_word(doc[k - 1].text) \
            and not doc[k - 1].is_sent_start and doc[k - 1].ent_type_ in ("", "PERSON") \
            and family_name_first(doc[k - 1].lower_):
        return doc[k - 1:person.end]  # "Ng" left off "Jun Hao", "Kwok" off "Ka-ming"
    if k == person.start and k > 0 and doc[k - 1].whitespace_ and glottal_name(doc[k - 1].text) \
            and doc[k - 1].ent_type_ in ("", "PERSON"):
        return doc[k - 1:person.end]  # "Ta'ase" read as a noun, left off "Ta'ase Lauina Pele"
    if k == person.start and (given := _given_before_nickname(person, name_word)) is not None:
        return doc[given:person.end]  # "Marcos Jr." of "Ferdinand 'Bongbong' Marcos Jr."
    if k == person.start or k == 0 or doc[k].lower_ in NOT_OPENING or not doc[k - 1].whitespace_:
        return person
    given = doc[k - 1]
    if name_word(given.text) and given.ent_type_ in SURNAME_LABELS and (
            gender.is_first_name(given.text) or _unlisted_given(given, person)):
        return doc[k - 1:person.end]
    return person


def _unlisted_given(given, person: Span) -> bool:
    """"Cleide dos Santos", the tagger's PERSON only "Santos": a capitalised word that is no English
    word, before the particles of a name the tagger knows for a person's, is its given name though
    the name list lacks it (not "Banco do Brasil", a body's English-less word before a place)."""
    return all(t.ent_type_ == "PERSON" for t in person) and given.is_title and not given.is_sent_start \
        and given.lower_ not in english_words()


def _given_before_nickname(person: Span, name_word: Callable[[str], bool]) -> int | None:
    """Where the given name opens before a nickname in quotes that ends just before `person`
    ("Ferdinand 'Bongbong'" before "Marcos Jr."): a first name the name list knows."""
    doc, close = person.doc, person.start - 1
    if close < 3 or doc[close].text not in QUOTES or not doc[close].whitespace_:
        return None
    opening = next((k for k in range(close - 1, max(close - 2 - NICKNAME_WORDS_MOST, 0), -1) if doc[k].text in QUOTES), None)
    if opening is None or opening == close - 1 or opening < 1 or not doc[opening - 1].whitespace_ \
            or not all(name_word(t.text) for t in doc[opening + 1:close]):
        return None
    given = opening - 1
    while given > 0 and opening - given < 2 and name_word(doc[given - 1].text) and gender.is_first_name(doc[given - 1].text) \
            and doc[given - 1].whitespace_:
        given -= 1  # "José Carlos"
    return given if name_word(doc[given].text) and gender.is_first_name(doc[given].text) else None


HONOURED_WORDS_MOST = 3  # "Lim Cheng Hock", "Wan Ahmad Fuad"


def _past_honour_phrase(person: Span, name_word: Callable[[str], bool], listed: Callable[[Token], bool]) -> int:
    """Where a name ends that a Malaysian honour of two words opens ("Tan Sri", "Datuk Seri":
    title_phrases.txt) where the tagger cut it after one word ("Tan Sri Lim" of "Tan Sri Lim Cheng
    Hock"): the capitalised words after it, up to three in all, whatever else they mean in
    English ("Hock"), for an honour is set only before a person's whole name. `person.end` where
    no such phrase opens the name or it holds two words past it already."""
    doc, end = person.doc, person.end
    # the phrase inside the span, or just before it, where the tagger's span was cut past it
    words = [t.lower_ for t in doc[max(person.start - 2, 0):end]]
    phrases = word_set("title_phrases")
    opening = next((k for k in range(len(words) - 1) if f"{words[k]} {words[k + 1]}" in phrases), None)
    if opening is None or len(words) - opening - 2 != 1:
        return end
    k = end
    while k < len(doc) and k - end < HONOURED_WORDS_MOST - 1 and doc[k - 1].whitespace_ \
            and "\n" not in doc[k - 1].whitespace_ and name_word(doc[k].text) and not listed(doc[k]) \
            and doc[k].ent_type_ in SURNAME_LABELS and not doc[k].is_sent_start:
        k += 1
    return k
