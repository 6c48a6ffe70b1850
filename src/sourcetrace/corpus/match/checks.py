"""Hard checks for the corpus: two texts that share words can still disagree on negation, subject or number.

Each check looks only at what both texts let it decide (a verb both use, a unit both count, a subject both name);
where a text says nothing on the point, the check stays silent.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sourcetrace.corpus.match.text import clean, stem

DATA = Path(__file__).with_name("data")
WORD = re.compile(r"\d[\d,]*(?:\.\d+)?%?|\w+(?:['\u2019]\w+)?")
CAP = re.compile(r"\b(?:[A-Z][\w.'\u2019-]*\s?)+")


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return json.loads((DATA / "checks.json").read_text(encoding="utf-8"))


def _words(text: str) -> list[str]:
    return [w.lower().replace("\u2019", "'") for w in WORD.findall(clean(text))]


# --- negation: a content word both texts use, negated in one of them only -------------------------------------------
def negated_words(words: list[str]) -> tuple[set[str], set[str]]:
    """(content words under a negation cue within a short window, all content words)."""
    lex = lexicon()
    cues, stop, window = set(lex["negation_cues"]), set(lex["negation_transparent"]), lex["negation_window"]
    negated, content = set(), set()
    left = 0
    for word in words:
        if word in cues or word.endswith("n't"):
            left = window
            continue
        if word in stop:
            continue
        content.add(stem(word))
        if left:
            negated.add(stem(word))
            left -= 1
    return negated, content


def negation_mismatch(a: str, b: str) -> bool:
    neg_a, words_a = negated_words(_words(a))
    neg_b, words_b = negated_words(_words(b))
    shared = words_a & words_b
    return bool((neg_a ^ neg_b) & shared - (neg_a & neg_b))


# --- numbers: the same unit counted with values whose bounds do not meet ----------------------------------------------
@dataclass(frozen=True)
class Quantity:
    low: float
    high: float
    unit: str


def quantities(words: list[str]) -> list[Quantity]:
    lex = lexicon()
    small, scale = lex["number_words"], lex["scale_words"]
    out = []
    skip_to = 0
    for i, word in enumerate(words):
        if i < skip_to:
            continue
        if word[0].isdigit():
            value = float(word.rstrip("%").replace(",", ""))
            unit_at = i + 1
            if word.endswith("%"):
                unit = "percent"
            else:
                unit = ""
        elif word in small:
            value, unit_at, unit = float(small[word]), i + 1, ""
        else:
            continue
        if unit_at < len(words) and words[unit_at] in scale:
            value *= scale[words[unit_at]]
            unit_at += 1
        skip_to = unit_at
        if not unit and unit_at < len(words):
            unit = words[unit_at]
            unit = "percent" if unit in ("percent", "per", "pct") else stem(unit)
        if word[0].isdigit() and len(word) == 4 and 1900 <= value <= 2099 and unit not in ("percent",):
            continue  # a year, which dates a claim rather than counting something
        before = " ".join(words[max(0, i - 2):i])
        low, high = value, value
        for phrase, kind in lex["bounds"].items():
            if before.endswith(phrase):
                low, high = {"ge": (value, float("inf")), "le": (0.0, value),
                             "approx": (value * (1 - lex["approx_tolerance"]), value * (1 + lex["approx_tolerance"]))}[kind]
                break
        out.append(Quantity(low, high, unit))
    return out


def number_conflict(a: str, b: str) -> bool:
    qa, qb = quantities(_words(a)), quantities(_words(b))
    units = {q.unit for q in qa} & {q.unit for q in qb}
    if not units and len(qa) == 1 and len(qb) == 1:
        return not _meet(qa[0], qb[0])
    for unit in units:
        side_a = [q for q in qa if q.unit == unit]
        side_b = [q for q in qb if q.unit == unit]
        if not any(_meet(x, y) for x in side_a for y in side_b):
            return True
    return False


def _meet(x: Quantity, y: Quantity) -> bool:
    slack = 0.005  # rounding: 3.5% and 3.49% are one figure
    return x.low <= y.high * (1 + slack) and y.low <= x.high * (1 + slack)


# --- subject: the names each text opens with, where neither text names the other's ---------------------------------
def subject_names(text: str) -> list[str]:
    """Capitalised spans in the first clause (before the first verb-like lower-case run of 2 words)."""
    text = clean(text)
    lex = lexicon()
    head = " ".join(text.split()[:lex["subject_window"]])
    names = []
    for match in CAP.finditer(head):
        span = match.group(0).strip()
        if span.lower() not in lex["not_names"] and len(span) > 1:
            names.append(span)
    return names


def _mentions(name: str, text: str) -> bool:
    """Every word of the name begins some word of the text, give or take an ending ('Cuban' in 'Cuba')."""
    words = {w.lower() for w in WORD.findall(clean(text))}
    for part in name.lower().split():
        stem_ = part[:max(4, len(part) - 2)]
        if not any(w.startswith(stem_) for w in words):
            return False
    return True


def subject_mismatch(a: str, b: str, similar=None) -> bool:
    """True when each text opens on a name, neither name is in the other text, and (if given) their
    embeddings are not alike: 'Moscow' and 'Russia' pass, 'Kyiv' and 'Moscow' do not."""
    names_a, names_b = subject_names(a), subject_names(b)
    if not names_a or not names_b:
        return False
    if any(_mentions(n, b) for n in names_a) or any(_mentions(n, a) for n in names_b):
        return False
    if similar is not None and similar(names_a[0], names_b[0]) >= lexicon()["subject_alike"]:
        return False
    return True


def check(a: str, b: str, similar=None) -> tuple[str, ...]:
    """The names of the checks that a pair fails."""
    flags = []
    if negation_mismatch(a, b):
        flags.append("negation")
    if number_conflict(a, b):
        flags.append("number")
    if subject_mismatch(a, b, similar):
        flags.append("subject")
    return tuple(flags)
