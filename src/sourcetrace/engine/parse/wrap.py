"""Hard-wrapped paragraphs, read as the prose they are.

A text wrapped at a fixed width ("… the board's chair, Lena⏎Okafor, said.") puts a line break
token mid-sentence, and the parser, seeing it, splits the sentence or hangs it wrongly. So the
parser reads a copy in which such breaks are spaces: the same length, so every offset holds, while
the analysis keeps the text as given. A break stays where it may end a sentence or a headline.
"""
from __future__ import annotations

import re

# What ends a line that a break may also end as a sentence; and what opens a line anew.
_LINE_ENDS = frozenset(".!?:;\"'”’»)―—…|")
_LINE_OPENS = frozenset("\"'“‘«-―—•*#>|")
_WRAP_WIDTH = 50
_INNER_PUNCT = re.compile(r"[.,;:!?]\s")
_BREAK = re.compile(r"(?<=\S)([ \t\xa0]*)(\r?\n)([ \t\xa0]*)(?=\S)")


def unwrap(text: str) -> str:
    """`text` with each hard-wrap line break (and a CR before it) turned into a space."""
    if "\n" not in text:
        return text
    out = list(text)
    for match in _BREAK.finditer(text):
        if _hard_wrap(text, match.start(), match.start(2), match.end()):
            for i in range(match.start(2), match.end(2)):
                out[i] = " "
    return "".join(out)


def _hard_wrap(text: str, line_end: int, at: int, next_at: int) -> bool:
    """One break mid-sentence: the next line goes on in lower case, or the line before is as long
    as a wrapped line and is no headline (a paragraph's first line with no stop or comma inside,
    ending on a capitalised word). Reads only the two lines around the break: linear in all."""
    last, first = text[line_end - 1], text[next_at]
    if last in _LINE_ENDS or first in _LINE_OPENS:
        return False
    if first.islower():
        return True
    line_start = text.rfind("\n", 0, at) + 1
    line = text[line_start:line_end]
    j = line_start - 2  # the character before the break that ends the line above
    while j >= 0 and text[j] in " \t\xa0\r":
        j -= 1
    first_of_paragraph = j < 0 or text[j] == "\n"
    # A paragraph's last line but one may be short of the width when its line before is not.
    above = 0 if first_of_paragraph else j + 1 - (text.rfind("\n", 0, j) + 1)
    if max(len(line.strip()), above) < _WRAP_WIDTH:
        return False
    headline = first_of_paragraph and not _INNER_PUNCT.search(line) and not line.split()[-1][0].islower()
    return not headline
