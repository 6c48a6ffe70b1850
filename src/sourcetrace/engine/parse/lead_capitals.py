"""The first words of a story set in capitals, as British regional papers open one ("DOROTHY
Ackroyd is pouring tea", "A ROGUE roofer who told …"): the small model takes a word in capitals
for a body's letters, so "DOROTHY Ackroyd" is no one. The parse copy writes such a word in small
letters, a given name and the story's first word capitalised, where its lower case is an English
word or a given name; only in the paragraph that opens the story after its headlines, since a
headline or a later paragraph opens on a body's letters ("RCMP charge two", "NHS Grampian said")."""
from __future__ import annotations

import re
from typing import Callable

from .breaks import headline_lines

LEAD = re.compile(r"((?:[A-Z][A-Z'’]* ){1,3})(?=[A-Z]?[a-z])")
WORD = re.compile(r"[A-Z][A-Z'’]{2,}")
VOWELS = set("aeiouy")  # letters without one are a body's ("RCMP"), though the word list has some


def lead_capitals(text: str, english: Callable[[str], bool],
                  given_name: Callable[[str], bool]) -> list[tuple[int, str]]:
    """(offset, word in small letters) for each word in capitals opening the story that `english`
    or `given_name` accepts (its lower case), where a word in small letters follows them."""
    heads = headline_lines(text)
    opening = re.compile(r"\s*").match(text, heads[-1][1] if heads else 0).end()
    m = LEAD.match(text, opening)
    if m is None:
        return []
    out = []
    for w in WORD.finditer(m.group(1)):
        word, lowered = w.group(), w.group().lower()
        at = m.start(1) + w.start()
        written = word[0] + word[1:].lower() if at == opening or given_name(lowered) else lowered
        if len(written) == len(word) and VOWELS & set(lowered) and (english(lowered) or given_name(lowered)):
            out.append((at, written))
    return out
