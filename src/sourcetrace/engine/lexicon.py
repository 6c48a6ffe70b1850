"""Lexicons, kept as data files under `lexicons/`, loaded once."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

_DIR = files("sourcetrace.engine") / "lexicons"


def _lines(name: str) -> list[str]:
    text = (_DIR / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _stances(name: str) -> dict[str, str]:
    return dict(ln.split("\t")[:2] for ln in _lines(name))


@lru_cache(maxsize=None)
def cue_verbs() -> dict[str, str]:
    """Cue verb lemma → stance."""
    return _stances("cue_verbs.tsv")


@lru_cache(maxsize=None)
def cue_nouns() -> dict[str, str]:
    """Cue noun lemma → stance."""
    return _stances("cue_nouns.tsv")


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """A one-word-per-line list under `lexicons/`, e.g. `word_set("titles")` for `titles.txt`."""
    return frozenset(_lines(f"{name}.txt"))


@lru_cache(maxsize=None)
def gendered_words() -> dict[str, str]:
    return _stances("gendered_words.tsv")


@lru_cache(maxsize=None)
def load_json(*path: str) -> dict:
    """A JSON lexicon under `lexicons/`, e.g. `load_json("claims", "audit.json")`."""
    return json.loads(_DIR.joinpath(*path).read_text(encoding="utf-8"))


def no_response() -> dict[str, list[str]]:
    return load_json("no_response.json")


@lru_cache(maxsize=None)
def kind_words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("kinds.json").items()
            if not k.startswith("_") and isinstance(v, list)}


@lru_cache(maxsize=None)
def same_as(head: str) -> frozenset[str]:
    """A head word with those by which news calls the same body: "force" finds "police"."""
    return frozenset([head, *load_json("kinds.json")["same_as"].get(head, [])])


@lru_cache(maxsize=None)
def phrasal_verbs() -> frozenset[str]:
    """Verbs with a particle entry of their own ("show up"): only these need their particle read."""
    return frozenset(key.split()[0] for key in cue_verbs() if " " in key)


@lru_cache(maxsize=100_000)  # asked of every verb by several rules; the tables never change
def cue_stance(lemma: str, noun: bool = False, particle: str = "") -> str | None:
    """The stance a cue word carries, or None if it is not a cue ("show" is, "show up" is not)."""
    table = cue_nouns() if noun else cue_verbs()
    lemma = lemma.lower()
    stance = table.get(f"{lemma} {particle.lower()}") if particle else None
    if stance is None:
        stance = table.get(lemma)
    return None if stance == "-" else stance


@lru_cache(maxsize=None)
def speaking_nouns() -> frozenset[str]:
    """Nouns for those who can say something: people, titles, bodies, media, groups, kin."""
    kinds = kind_words()
    bodies = ("organization", "media", "group_words", "company_words", "kin", "anonymous_singular")
    return word_set("person_nouns") | word_set("titles") | frozenset().union(*(kinds[k] for k in bodies))


@lru_cache(maxsize=None)
def people_words() -> frozenset[str]:
    """Words for a person or for people, never for a body or a thing: person nouns ("farmer"),
    groups ("residents"), collectives of people ("family"), kin ("wife") and couples."""
    kinds = kind_words()
    return word_set("person_nouns") | word_set("couple_words") | kinds["group_words"] \
        | kinds["collective_people"] | kinds["kin"]


@lru_cache(maxsize=None)
def name_particles() -> frozenset[str]:
    """A name's lower-case particles and links, set between or before its capitalised words ("Nadia
    el-Sherbiny", "Rafael van der Berg", "Tamim bin Hamad", "née")."""
    return word_set("surname_particles") | word_set("name_links") | word_set("name_particles")


def is_title_word(word: str) -> bool:
    """A title of titles.txt, written with its stop or without ("Sgt." and "Sgt", "Cllr"), or a
    rank written in capitals ("SP", "DSP", "PCol": rank_short_forms.txt, as written)."""
    titles, bare = word_set("titles"), word.lower().rstrip(".")
    return bare in titles or f"{bare}." in titles or word.rstrip(".") in word_set("rank_short_forms")


@lru_cache(maxsize=None)
def word_pairs(name: str) -> dict[str, str]:
    """A two-column tab-separated list under `lexicons/`, first column to second: `word_pairs("kin_address")`."""
    return _stances(f"{name}.tsv")


@lru_cache(maxsize=4096)
def is_given_name(name: str) -> bool:
    """Whether the name list knows the word as a first name of any kind ("Mary" is mostly female),
    or given_names_sex.tsv does."""
    return name.lower() in word_pairs("given_names_sex") or name_list().get_gender(name) != "unknown"


@lru_cache(maxsize=1)
def name_list():
    """The first-name list (gender_guesser), loaded once for every layer that asks: its guesses of
    sex and, for resolve/mostly_sex.py, its per-country counts."""
    from .accented_names import AccentFoldingDetector  # loaded only once a name needs it
    return AccentFoldingDetector(case_sensitive=False)
