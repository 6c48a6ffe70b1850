"""Dates in a claim, resolved against the publication date: pure functions over text.

"February 24" and "in August" take the year that puts them on or before the
publication date (news mostly reports what has happened), unless the claim talks
about the future ("will", "next"), when they take the next one on or after it.
"last year" is the year before publication. With no publication date, anything
that needs one stays value=None, resolved=False.
"""
from __future__ import annotations

import calendar
import re
from datetime import MAXYEAR, MINYEAR, date, timedelta

from sourcetrace.contract import DateRef

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_WEEKDAYS = [d.lower() for d in calendar.day_name]
# "would" reports a future as it was spoken of ("said the board would meet in March"), unless
# "would have" looks back.
_FUTURE = re.compile(r"\b(will|shall|next|upcoming|scheduled|due to|plans? to|is to|are to|would(?! have))\b", re.I)

_PATTERNS = [
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?")),
    ("day_month", re.compile(rf"\b{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR}\b)?")),
    ("month_year", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b")),
    # A bare month needs a preposition in front, so the modal 'may' is never a date.
    ("month", re.compile(rf"\b(?i:in|on|since|until|till|by|from|during|early|late|mid-|last|this|next)\s+(?:-\s*)?{_MONTH}(?![\w-])")),
    ("relative_year", re.compile(r"\b(?P<rel>last|this|next|past)\s+year\b", re.I)),
    ("relative_month", re.compile(r"\b(?P<rel>last|this|next|past)\s+month\b", re.I)),
    ("years_ago", re.compile(r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago\b", re.I)),
    ("day_word", re.compile(r"\b(?P<word>yesterday|today|tomorrow)\b", re.I)),
    ("weekday", re.compile(r"\b(?P<rel>last|next|on|this)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("year", re.compile(rf"(?<![\w$€£,.-]){_YEAR}(?![\w,-]|\.\d)")),
]
# Every pattern above needs one of these (month names share their first three letters; weekdays,
# "today" and "yesterday" end in "day"): text without any has no date, and is not scanned ten times.
_ANY = re.compile(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|year|month|day", re.I)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def find_dates(text: str, published: date | None = None) -> list[DateRef]:
    if not _ANY.search(text):
        return []
    future = bool(_FUTURE.search(text))
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, DateRef]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value = _resolve(kind, m, published, future)
            shown = m.group()
            if kind == "month":  # show the month itself, not the preposition
                shown = text[m.start("month"):m.end()]
            found.append((m.start(), DateRef(text=shown, value=value, resolved=value is not None)))
            taken.append(m.span())
    return [d for _, d in sorted(found, key=lambda pair: pair[0])]


def _resolve(kind: str, m: re.Match, published: date | None, future: bool) -> str | None:
    """The date's ISO value, or None; a date that falls outside the calendar's years 1 to 9999
    (a publication date of 0001-01-01 and "last year") is left unresolved."""
    try:
        return _value(kind, m, published, future)
    except OverflowError:  # date ± timedelta past date.min or date.max
        return None


def _year(year: int) -> int:
    if not MINYEAR <= year <= MAXYEAR:
        raise OverflowError(f"year {year} is out of range")
    return year


def _value(kind: str, m: re.Match, published: date | None, future: bool) -> str | None:
    groups = m.groupdict()
    if groups.get("year") and kind == "year":
        return groups["year"]
    if kind in ("month_day", "day_month", "month_year", "month"):
        month = MONTHS[groups["month"].lower()]
        if groups.get("year"):
            year = int(groups["year"])
        elif published is None:
            return None
        else:
            year = _year(_nearest_year(published, month, int(groups.get("day") or 1), future,
                                       bool(groups.get("day"))))
        if groups.get("day"):
            day = int(groups["day"])
            if day > calendar.monthrange(year, month)[1]:
                return None
            return f"{year:04d}-{month:02d}-{day:02d}"
        return f"{year:04d}-{month:02d}"
    if published is None:
        return None
    if kind == "relative_year":
        shift = {"last": -1, "past": -1, "this": 0, "next": 1}[m["rel"].lower()]
        return f"{_year(published.year + shift):04d}"
    if kind == "relative_month":
        shift = {"last": -1, "past": -1, "this": 0, "next": 1}[m["rel"].lower()]
        index = published.year * 12 + published.month - 1 + shift
        return f"{_year(index // 12):04d}-{index % 12 + 1:02d}"
    if kind == "years_ago":
        n = m["n"].lower()
        if n.isdecimal() and len(n) > 4:
            return None  # more years ago than the calendar has (and past int()'s digit limit)
        return f"{_year(published.year - (int(n) if n.isdecimal() else _SMALL[n])):04d}"
    if kind == "day_word":
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m["word"].lower()]
        return (published + timedelta(days=shift)).isoformat()
    if kind == "weekday":
        target = _WEEKDAYS.index(m["weekday"].lower())
        rel = m["rel"].lower()
        forward = rel == "next" or (future and rel != "last")
        return _weekday(published, target, forward, strict=rel in ("last", "next")).isoformat()
    return None


# A date this close to publication is that one, whatever the tense: "Dec. 19" in a piece of
# 30 December that looks ahead still means eleven days before, not a year on.
NEAR_DAYS = 31
NEAR_MONTHS = 1


def _nearest_year(published: date, month: int, day: int, future: bool, has_day: bool) -> int:
    """The year that puts month/day on or before publication (or on or after it, for the future),
    unless the other side of publication holds it within a month and this side only a year away."""
    year = published.year
    if has_day:
        def when(y: int) -> date:
            return date(y, month, min(day, calendar.monthrange(y, month)[1]))
        if future:
            chosen = year if when(year) >= published else year + 1
        else:
            chosen = year if when(year) <= published else year - 1
        chosen = _year(chosen)  # past the calendar's ends the date stays unresolved
        near = min((y for y in (year - 1, year, year + 1) if MINYEAR <= y <= MAXYEAR),
                   key=lambda y: abs((when(y) - published).days))
        if abs((when(near) - published).days) <= NEAR_DAYS < abs((when(chosen) - published).days):
            return near
        return chosen
    if future:
        chosen = year if month >= published.month else year + 1
    else:
        chosen = year if month <= published.month else year - 1
    months = {y: abs((y - published.year) * 12 + month - published.month) for y in (year - 1, year, year + 1)}
    near = min(months, key=months.get)
    return near if months[near] <= NEAR_MONTHS < months[chosen] else chosen


def _weekday(published: date, target: int, forward: bool, strict: bool = False) -> date:
    """The next such day ("next Friday", or "on Friday" in a claim about the future), else the
    latest on or before publication: "on Friday" in a Friday's paper is that day, unless "last"."""
    if forward:
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    back = (published.weekday() - target) % 7
    return published - timedelta(days=back or (7 if strict else 0))
