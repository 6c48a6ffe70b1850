"""The sex a name list marks only "mostly" one (a unisex name, mostly male or mostly female) where
its bearers lean far to one side: the list's frequencies are steps of a factor of two per country,
so their powers of two, summed over the countries and over the name's entries of each sex, weigh
each side. "Kyle" (mostly male in the United States, rare and female in Britain) is a he; "Bernie"
or "Jamie", borne in numbers by both, and names the list calls unisex outright stay unsexed. Counts
from China, Japan, Korea and Vietnam are left out: there a syllable the list sexes is as often a
family name written first ("Tan Wei Ming", "Lee"), so a name known there at all stays unsexed."""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import name_list, word_pairs
from .gender import from_first_name

SIDES = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}
# how much of a name's bearers one side must hold: "Kyle" holds 0.89, "Jamie" 0.83, "Bernie" 0.8
LEANING = 0.85


# the name list's columns (gender_guesser's Detector.COUNTRIES) of China, Japan, Korea, Vietnam
FAMILY_NAME_FIRST_COUNTRIES = frozenset({49, 51, 52, 53})


def _weights(country_values: str) -> tuple[int, int]:
    """(weight outside the family-name-first countries, weight in them)"""
    steps = [(k, 2 ** int(step, 16)) for k, step in enumerate(country_values) if step.isalnum()]
    return (sum(w for k, w in steps if k not in FAMILY_NAME_FIRST_COUNTRIES),
            sum(w for k, w in steps if k in FAMILY_NAME_FIRST_COUNTRIES))


def leaning_sex(entries: dict[str, str]) -> str | None:
    """entries: the name list's country frequencies by its sex label ("mostly_male": " 5 ...")."""
    weights, elsewhere = {"m": 0, "f": 0, "either": 0}, 0
    for label, country_values in entries.items():
        weight, family_first = _weights(country_values)
        weights[SIDES.get(label, "either")] += weight
        elsewhere += family_first
    total = sum(weights.values())
    if not total or elsewhere:
        return None
    side = max(("m", "f"), key=weights.get)
    return side if weights[side] / total >= LEANING else None


@lru_cache(maxsize=4096)
def given_name_sex(name: str) -> str | None:
    """The sex `from_first_name` says, else the side a "mostly" name leans to; a name
    given_names_sex.tsv calls either ("Taylor", "Riley") stays unsexed. Only for a given name the
    text wrote alone (given_alone.py): a name in full keeps to the list's plain guesses, as a
    "Courtney" of the Caribbean is a man."""
    if (known := from_first_name(name)) is not None or name.lower() in word_pairs("given_names_sex"):
        return known
    guess = name_list().get_gender(name)
    return leaning_sex(name_list().names[name.lower()]) if guess.startswith("mostly_") else None
