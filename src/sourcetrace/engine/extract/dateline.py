"""Datelines ("RENO, Nev. (AP) — ", "WASHINGTON -- ", "PUNE: ", a release's "TORONTO, ON, June 18 /CNW/ - ") say where a story was filed; they are never
part of a source or a content. The parser joins them to the first sentence, so a span that
starts with one is trimmed after extraction (a parse-level break cost the CRF more than it won)."""
from __future__ import annotations

import re
from dataclasses import replace

from .base import Found, Offsets

_CAPITAL_LETTER = r"^\W\d_a-z"
_CAPITAL = f"[{_CAPITAL_LETTER}]"
_SMALL = r"[^\W\d_A-Z]"
DATELINE = re.compile(
    # the place (or a label such as EXCLUSIVE), in capitals of any Latin script ("KÖRFEZ", "ŁÓDŹ"):
    # `re` has no class for capitals beyond ASCII, so a letter that is no ASCII small one, and
    # `_dateline_at` checks that what it took is in capitals
    rf"(?P<place>{_CAPITAL}(?:{_CAPITAL}|{_SMALL}|[.'’])+(?:[ -]{_CAPITAL}(?:{_CAPITAL}|{_SMALL}|[.'’])*)*)"
    rf"(?:, (?P<state>{_CAPITAL}{_SMALL}+\.?(?: {_CAPITAL}{_SMALL}+\.?){{0,2}}|[A-Z]{{2}}|(?:[A-Z]\.){{2,3}}))?"  # a state
    # or country: ", Nev.", ", New Mexico", ", ON", ", N.B.", ", Türkiye", ", United Arab Emirates"
    r"(?P<date>, [A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?|, \d{1,2} [A-Z][a-z]+\.?(?: \d{4})?)?"  # a date: ", Dec. 11",
    # ", June 18, 2025", or day first as most of the world writes it: ", 28 July 2025"
    r"(?: \([^()]{1,40}\)| /[^/\n]{1,40}/)?"  # the agency: " (AP)", a release wire's " /CNW/"
    r" ?(?:--|[–—]|(?<= )-(?= )|(?<=[A-Z]):(?= )|(?(date):(?= )|(?!))) ?")  # the dash (a hyphen only with spaces
    # round it), or the colon of Indian, Pakistani, Gulf and some British papers, after the place
    # ("PUNE: ") or the date ("KUWAIT CITY, 12 May 2025: ", "LAHORE, May 12: ")


DATELINE_REACH = 120  # characters a dateline runs at most: place, state, date, agency and dash


def _dateline_at(text: str, start: int, end: int) -> re.Match | None:
    """A place in capitals; or, as releases and South Asian wires write it ("Colombo, 3 March 2025 –",
    "New Delhi, May 12 (PTI) -"), in small letters after capitals, where a date follows it."""
    match = DATELINE.match(text, start, end)
    if match is None or match.group("state") is not None and not match.group("state")[0].isupper():
        return None
    place = match.group("place")
    if place.isupper() or match.group("date") and all(w[:1].isupper() and w[1:].islower() for w in place.split()):
        return match
    return None


def in_dateline(text: str, at: int) -> bool:
    """Is the character at `at` part of the dateline its line opens with ("OSLO — ", "TEL AVIV, Oct.
    3 — ")?"""
    reach = max(0, at - DATELINE_REACH)
    line = text.rfind("\n", reach, at) + 1
    if line == 0 and reach > 0:
        return False  # farther from its line's start than any dateline runs: asked per token, kept short
    match = _dateline_at(text, line, min(len(text), line + DATELINE_REACH))
    return match is not None and at < match.end()


def without_dateline(text: str, span: Offsets) -> Offsets:
    """The span less a dateline at its front; only a span that starts a line can have one
    ("… said the FBI — which …" keeps its capitals and dash)."""
    start, end = span
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip():
        # a span that starts inside a line's dateline ("N.B., Nov. 6, 2025 — The union"): the line's
        match = _dateline_at(text, line, end)
        return (match.end(), end) if match is not None and start < match.end() < end else span
    match = _dateline_at(text, start, end)
    if match is None or match.end() >= end:
        return span
    return match.end(), end


NAME_JOINERS = {"of", "and", "for", "de", "del", "da", "do", "y"}
ARTICLES = {"the", "a", "an"}


def _subject_past_dateline(text: str, source: Offsets, cue: int) -> Offsets | None:
    """"BELGRADE, Feb 12 (Beoinfo) - Minister of Labour … Dragana Milovanović Jović on Wednesday
    defended …": the parser may take the place for the subject; the subject is the run of capitals
    (with their joining words and listing commas) that opens the sentence after the dateline."""
    line = text.rfind("\n", 0, source[0]) + 1
    match = _dateline_at(text, line, min(len(text), line + DATELINE_REACH))
    # an interview's "MA:" before its turn is a speaker's label, not a place: the source stays
    if match is None or match.end() >= cue or not (match.group("date") or set(match.group()) & set("(/-–—")):
        return source
    words = re.finditer(r"[^\s,]+|,", text[match.end():cue])
    end = match.end()
    for word in words:
        token = word.group()
        if token[:1].isupper() and token.lower() not in ARTICLES:
            end = match.end() + word.end()
        elif token != "," and token.lower() not in NAME_JOINERS and token.lower() not in ARTICLES:
            break
    return (match.end(), end) if end > match.end() else None


def trim_dateline(found: Found, text: str) -> Found:
    """The find with any dateline cut from the front of its source and its first content piece."""
    source = without_dateline(text, found.source) if found.source else found.source
    if source and found.cue and in_dateline(text, source[0]) and in_dateline(text, source[1] - 1):
        source = _subject_past_dateline(text, source, found.cue[0])
    content = list(found.content)
    if content:
        content[0] = without_dateline(text, content[0])
    if source == found.source and content == found.content:
        return found
    return replace(found, source=source, content=content)
