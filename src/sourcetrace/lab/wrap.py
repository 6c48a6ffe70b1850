"""Line wrapping as mail, terminals and old archives do it, for robustness checks.

`wrap_text` breaks every line of a text at `width` columns between words. Soft wrapping
(format=flowed) leaves the space before each break, hard wrapping drops it; `crlf` ends lines
with CR LF. Paragraph breaks and the words themselves are kept.
"""
from __future__ import annotations

import re

WORD = re.compile(r"\S+\s*")


def wrap_line(line: str, width: int, soft: bool) -> list[str]:
    """One line as wrapped lines; a word longer than `width` stands alone on its line."""
    out, current = [], ""
    for word in WORD.findall(line):
        if current and len(current) + len(word.rstrip()) > width:
            out.append(current if soft else current.rstrip(" "))
            current = ""
        current += word
    out.append(current)
    return out


def wrap_text(text: str, width: int = 72, soft: bool = True, crlf: bool = False) -> str:
    lines = [piece for line in text.split("\n") for piece in wrap_line(line, width, soft)]
    return ("\r\n" if crlf else "\n").join(lines)
