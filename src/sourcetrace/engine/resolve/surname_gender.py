"""A bare surname that a pronoun takes up at once: "Carter said the couple would sell 40 cows.
“We cannot feed them,” she said." With a husband and wife both named Carter, the "she" who goes on
speaking in the same paragraph, no one else named between, says which Carter spoke."""
from __future__ import annotations

from .mentions import Mention

GENDERED = {"he": "m", "she": "f"}


def gender_from_next_pronoun(text: str, ordered: list[Mention], said: set[int]) -> None:
    """Give each bare-surname source mention (by id in `said`) the gender of the he/she source
    mention right after it in the same paragraph (in place)."""
    for k, m in enumerate(ordered[:-1]):
        if id(m) not in said or m.kind != "person" or not m.named or " " in m.name.strip() or m.gender:
            continue
        nxt = ordered[k + 1]
        gender = GENDERED.get(nxt.text.strip().lower())
        between = text[m.end:nxt.start]
        if gender is None or id(nxt) not in said or "\n\n" in between or opens_a_quote(between):
            continue
        m.gender = gender


def opens_a_quote(between: str) -> bool:
    """"LeBlanc said. “She told him …”": a pronoun inside a quote opened after the surname is someone
    the quote's speaker talks about, not the speaker."""
    return between.count("“") > between.count("”") or between.count('"') % 2 == 1
