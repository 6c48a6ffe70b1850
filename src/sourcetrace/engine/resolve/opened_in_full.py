"""A person's name as the text gives it in full somewhere, read from the words themselves.

"Funmi" or "Arifur Rahman" is the person the text calls "Funmi Adeyemi" or "Arifur Rahman Sohan"
once, before or after, wherever the tagger lost the longer name (inside a quote, tagged as a body,
cut at a word it knows as English): the name opens exactly one longer run of capitalised name
words. Not where it
opens two ("Maria Lopez", "Maria Ortiz": no one in particular), where the word also closes
someone's name (a surname: "Wilson" of "Harold Wilson" is not "Wilson Mbeki"), nor over the words
of bodies, places and titles ("Dorsey Stadium", "Obi Street")."""
from __future__ import annotations

from bisect import bisect_right
from typing import Callable

from spacy.tokens import Doc, Token

from ..lexicon import word_set
from ..parse import scratch, text_of
from .gender import from_first_name
from .names import VOWELS, english, is_title_word, kind_vocabulary

MORE_WORDS_MOST = 3  # "Rahman Sohan", "Pereira da Silva"
PARTICLES = frozenset({"da", "de", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den",
                       "bin", "binti", "al", "el", "la", "le", "ter", "ten"})
NOT_NAME_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})
# A word tagged a place runs a name on only after a name of two words or more: "Carlos Pérez"
# may go on as "Carlos Pérez García", but "Hong" is no "Hong Kong", "Santa" no "Santa Monica".
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
PARTICLES_MOST = 2  # "de la", "van der"
TITLE_CASE_WORDS_LEAST = 4
TITLE_CASE_SHARE = 0.6


JOINING = frozenset({"-", "'", "’"})


def _words(doc: Doc) -> list[tuple[str, Token, bool]]:
    """The text's words as a reader sees them ("Mi-sook" one word, not three tokens): each word's
    text, its first token, and whether a space follows it (no comma or stop)."""
    words, k = [], 0
    while k < len(doc):
        first, end = doc[k], k + 1
        while end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in JOINING \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2  # "Mi-sook", "O'Neill"; not a possessive's mark ("Supporters' Trust")
        if end < len(doc) and not doc[end - 1].whitespace_ and doc[end].is_alpha and doc[end - 1].is_alpha:
            end += 1  # two letter tokens the tokenizer split with no space between them
        text = first.text if end == k + 1 else "".join(doc[j].text_with_ws for j in range(k, end)).strip()
        words.append((text, first, bool(doc[end - 1].whitespace_)))
        k = end
    return words


def _name_word(text: str, first: Token) -> bool:
    letters = text.replace("-", "").replace("'", "").replace("’", "")
    return text[:1].isupper() and letters.isalpha() and not text.isupper() and not first.is_sent_start \
        and first.ent_type_ not in NOT_NAME_ENTITIES \
        and not {part.lower() for part in text.split("-")} & kind_vocabulary() \
        and not is_title_word(text) and text.lower() not in word_set("person_nouns") \
        and text.lower() not in word_set("address_after_names") and text.lower() not in word_set("postnominals")


def _surname_in_capitals(run: list[str], text: str, first: Token) -> bool:
    """"Jean-Luc DUPONT", "Nguyen Thi HOA": a family name some outlets set in capitals, after a
    given name; not a body's letters ("Grace NHS" has no vowel) or a post after a name ("Okonjo KC")."""
    return text.isupper() and text.isalpha() and len(text) >= 3 and bool(VOWELS & set(text.lower())) \
        and from_first_name(run[-1]) is not None and not is_title_word(text) \
        and text.lower() not in kind_vocabulary() and text.lower() not in word_set("postnominals") \
        and first.ent_type_ not in NOT_NAME_ENTITIES


def _in_title_cased_lines(doc: Doc) -> Callable[[int], bool]:
    """Whether a character is on a line of four words or more, most of them capitalised (a
    headline in title case, "Rookie Tate Lowry Shrugs Off Bust Talk"): no names are read there."""
    spans, at = [], 0
    for line in text_of(doc).split("\n"):
        words = line.split()
        if len(words) >= TITLE_CASE_WORDS_LEAST and sum(w[:1].isupper() for w in words) > TITLE_CASE_SHARE * len(words):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    starts = [start for start, _ in spans]
    return lambda char: (k := bisect_right(starts, char) - 1) >= 0 and char < spans[k][1]


def _opens_a_tagged_name(word: Token) -> bool:
    """Whether the tagger opened a person's name of two words or more on the word ("Pasang Diki
    Sherpa, 36, has …": "pasang" is a word too): a name's first word, though it opens a sentence."""
    doc = word.doc
    return word.ent_iob_ == "B" and word.ent_type_ == "PERSON" and word.i + 1 < len(doc) \
        and doc[word.i + 1].ent_iob_ == "I"


def _honour_words(run: list[str]) -> int:
    """How many words of a run are an honour of two words that opens it ("Datin Paduka", "Tan Sri":
    title_phrases.txt), which a longer name runs past; 0 where none does."""
    return 2 if len(run) > 2 and " ".join(run[:2]).lower() in word_set("title_phrases") else 0


def _runs(doc: Doc) -> tuple[dict[str, set[str]], set[str], dict[str, set[str]]]:
    """Each run of capitalised name words (particles inside) by each of its opening runs; the
    words that close a run (surnames); the titles set before each name ("Mr" of "Mr Tay Boon
    Huat" before "Tay Boon Huat"). Built once per doc."""
    memory = scratch(doc)
    if "opened_in_full" in memory:
        return memory["opened_in_full"]
    opened: dict[str, set[str]] = {}
    in_headline = _in_title_cased_lines(doc)
    words = [w for w in _words(doc) if not in_headline(w[1].idx)]
    i = 0
    while i < len(words):
        text, first, spaced = words[i]
        if not (text[:1].isupper() and text.replace("-", "").isalpha()) \
                or first.is_sent_start and english(text.lower()) and from_first_name(text) is None \
                and not _opens_a_tagged_name(first):
            i += 1  # "Later Arifur said": a sentence's opening word, not a name's
            continue
        run, k, place_at = [text], i + 1, None
        while k < len(words) and spaced:
            particles = 0
            while particles < PARTICLES_MOST and k + particles < len(words) \
                    and words[k + particles][0].lower() in PARTICLES and words[k + particles][2]:
                particles += 1
            if k + particles >= len(words) or not (_name_word(*words[k + particles][:2])
                                                   or not particles and _surname_in_capitals(run, *words[k][:2])):
                break
            if place_at is None and words[k + particles][1].ent_type_ in PLACE_ENTITIES:
                place_at = len(run)  # words before it may open the run to it; one word may not
            run.extend(w[0] for w in words[k:k + particles + 1])
            spaced = words[k + particles][2]
            k += particles + 1
        for cut in range(1, len(run)):
            if run[cut - 1].lower() not in PARTICLES \
                    and sum(w.lower() not in PARTICLES for w in run[cut:]) <= MORE_WORDS_MOST \
                    and (place_at is None or cut >= 2):
                opened.setdefault(" ".join(run[:cut]), set()).add(" ".join(run))
        lead = _honour_words(run)  # "Datin Paduka Siti Hajar Ismail": "Siti Hajar" opens it too
        for cut in range(lead + 1, len(run) if lead and len(run) - lead >= 2 else 0):
            if run[cut - 1].lower() not in PARTICLES and (place_at is None or cut >= 2) \
                    and sum(w.lower() not in PARTICLES for w in run[cut:]) <= MORE_WORDS_MOST:
                opened.setdefault(" ".join(run[lead:cut]), set()).add(" ".join(run[lead:]))
        i = max(k, i + 1)
    closing = {run.split()[-1] for runs in opened.values() for run in runs}
    titles: dict[str, set[str]] = {}
    for opener in opened:
        title, _, rest = opener.partition(" ")
        if rest and is_title_word(title):
            titles.setdefault(rest, set()).add(title)
    memory["opened_in_full"] = opened, closing, titles
    return memory["opened_in_full"]


def opened_in_full(doc: Doc, name: str) -> str | None:
    """The one longer name in the text that `name` opens, if there is exactly one; titles aside
    ("Mr Tay" is neither of "Tay Boon Keng" and "Tay Boon Huat")."""
    words = name.split()
    while len(words) > 1 and is_title_word(words[0]):
        words = words[1:]
    name = " ".join(words)
    opened, closing, titles = _runs(doc)
    longer = {n.split(" ", 1)[1] if is_title_word(n.split()[0]) else n
              for opener in (name, *(f"{title} {name}" for title in titles.get(name, ())))
              for n in opened.get(opener, set())}
    longest = {n for n in longer if not any(m != n and m.startswith(n + " ") for m in longer)}
    if len(longest) != 1 or " " not in name and name in closing:
        return None
    return next(iter(longest))
