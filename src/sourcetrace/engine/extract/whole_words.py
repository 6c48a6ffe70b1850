"""A find's content never ends inside a word: "did not respond to questions e-mailed on Tuesday",
with "e-mailed" split by the tokenizer at its hyphen and "e" parsed apart, ends at the word's end,
not at "e"."""
from __future__ import annotations

from dataclasses import replace

from .base import Found, Offsets


def _word_end(text: str, end: int) -> int:
    """`end` moved past a hyphened word it cuts ("e|-mailed"), else where it was."""
    if not (0 < end < len(text) - 1 and text[end] == "-" and text[end - 1].isalnum() and text[end + 1].isalnum()):
        return end
    while end < len(text) and (text[end].isalnum()
                               or text[end] == "-" and end + 1 < len(text) and text[end + 1].isalnum()):
        end += 1
    return end


def with_whole_words(found: Found, text: str) -> Found:
    """The find with each content piece run on to the end of a hyphened word it would cut."""
    content: list[Offsets] = [(start, _word_end(text, end)) for start, end in found.content]
    return found if content == found.content else replace(found, content=content)
