"""Money, counts and percentages in a claim, as numbers: pure functions over text.

"monthly stipends of $1,500" -> 1500 USD per month; "thousands" -> 2000..9999,
approximate; "almost 200,000" -> 180000..200000, approximate. The bounds and word
lists live in lexicons/claims/quantities.json, which says why they are what they are.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from sourcetrace.contract import Quantity
from .dates import MONTHS
from .lexicon import load

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    lex = load("quantities")
    hedges = [h for group in lex["hedges"].values() for h in group]
    word_scales = [s for s in lex["scales"] if len(s) > 2]
    short_scales = [s for s in lex["scales"] if len(s) <= 2]
    number = re.compile(
        rf"(?<![\w\-.,])(?:(?P<hedge>{_alternation(hedges)})\s+)?"
        rf"(?P<cur>{_alternation(lex['currency_symbols'])})?\s?"
        rf"(?P<num>{_DIGITS}|(?:{_alternation(lex['number_words'])})(?![\w-]))"
        rf"(?:(?P<short>{_alternation(short_scales)})\b|\s+(?P<scale>{_alternation(word_scales)})\b)?"
        rf"(?:\s*(?P<pct>%|percentage points|per cent|percent)(?!\w))?"
        rf"(?:\s+(?P<curword>{_alternation(lex['currency_words'])})\b)?",
        re.I)
    vague = re.compile(rf"\b(?P<vague>{_alternation(lex['vague'])})\b", re.I)
    # Both need a digit, a number word or a vague amount: text with none is not scanned.
    any_amount = re.compile(rf"\d|{_alternation([*lex['number_words'], *lex['vague']])}", re.I)
    return number, vague, any_amount


def find_quantities(text: str) -> list[Quantity]:
    number, vague, any_amount = _patterns()
    if not any_amount.search(text):
        return []
    lex = load("quantities")
    found: list[tuple[int, Quantity]] = []
    taken: list[tuple[int, int]] = []
    for m in vague.finditer(text):
        low, high = lex["vague"][m["vague"].lower()]
        found.append((m.start(), Quantity(text=m.group(), value=None, low=low, high=high, approximate=True)))
        taken.append(m.span())
    for m in number.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken) or _is_date_part(text, m):
            continue
        quantity = _quantity(text, m, lex)
        if quantity is not None:
            found.append((m.start(), quantity))
    return [q for _, q in sorted(found, key=lambda pair: pair[0])]


def _quantity(text: str, m: re.Match, lex: dict) -> Quantity | None:
    value = _number(m["num"], lex)
    if not math.isfinite(value):
        return None  # past what a float holds: no measure of anything
    scale = (m["scale"] or m["short"] or "").lower()
    if scale:
        value *= lex["scales"][scale]
    unit = None
    if m["cur"]:
        unit = lex["currency_symbols"][m["cur"]] if m["cur"] in lex["currency_symbols"] else lex["currency_symbols"][m["cur"].upper()]
    elif m["curword"]:
        unit = lex["currency_words"][m["curword"].lower()]
    elif m["pct"]:
        unit = "percent"
    per = _per(text, m.start(), m.end(), lex) if unit and unit != "percent" else None
    low, high, exact = _bounds(value, (m["hedge"] or "").lower(), lex)
    return Quantity(text=m.group().strip(), value=exact, low=low, high=high, unit=unit, per=per,
                    approximate=bool(m["hedge"]))


def _number(raw: str, lex: dict) -> float:
    words = {k.lower(): v for k, v in lex["number_words"].items()}
    if raw.lower() in words:
        return float(words[raw.lower()])
    return float(raw.replace(",", ""))


def _bounds(value: float, hedge: str, lex: dict) -> tuple[float | None, float | None, float | None]:
    """(low, high, value) for a number and the hedge in front of it, if any."""
    hedges = lex["hedges"]
    if hedge in hedges["under"]:
        return round(value * lex["under_factor"], 6), value, None
    if hedge in hedges["about"]:
        return round(value * lex["about_low"], 6), round(value * lex["about_high"], 6), value
    if hedge in hedges["over"]:
        return value, None, None
    if hedge in hedges["below"]:
        return None, value, None
    return value, value, value


def _per(text: str, start: int, end: int, lex: dict) -> str | None:
    """The period a sum of money is paid per, from words near it ('monthly stipends of $1,500')."""
    window = lex["per_window_chars"]
    best: tuple[int, str] | None = None
    for period, phrases in lex["per"].items():
        for phrase in phrases:
            pattern = rf"\b{re.escape(phrase)}\b"
            for m in re.finditer(pattern, text[max(0, start - window):end + window], re.I):
                at = max(0, start - window) + m.start()
                distance = start - at if at < start else at - end
                if best is None or distance < best[0]:
                    best = (distance, period)
    return best[1] if best else None


def _is_date_part(text: str, m: re.Match) -> bool:
    """Years ('2022') and days of the month ('February 24') belong to dates, not quantities."""
    if m["cur"] or m["pct"] or m["curword"] or m["scale"] or m["short"] or m["hedge"]:
        return False
    raw = m["num"]
    if re.fullmatch(r"(1[89]|20)\d\d", raw):
        return True
    before = text[max(0, m.start() - 12):m.start()].lower().rstrip(" .")
    after = text[m.end():m.end() + 12].lower().lstrip(" ")
    # isdecimal, not isdigit: "²" is a digit int() refuses; a day has at most two digits, and
    # int() refuses numbers over 4,300 digits
    day = raw.isdecimal() and len(raw.lstrip("0")) <= 2 and int(raw) <= 31
    return day and (before.split()[-1:] and before.split()[-1] in MONTHS
                    or after.split()[:1] and after.split()[0].strip(",.") in MONTHS)
