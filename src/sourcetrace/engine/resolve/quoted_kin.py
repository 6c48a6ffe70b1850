"""Someone a speaker names as their own inside their quote: in "“My daughter asked me if I was
still going away,” Ramírez said" the daughter is Ramírez's daughter, as a reader calls her; the
"my" is the speaker's, not the reader's."""
from __future__ import annotations

import re

from ..extract.base import Found, SpanIndex
from ..lexicon import word_pairs

OWN = ("my", "mine")


def name_quoted_kin(text: str, found: list[Found], mentions: dict, entity_of: dict) -> None:
    """For each unnamed source called only "my …" inside another find's words, the name
    "<that find's speaker's surname>'s …" (in place). The speaker must be named; the outermost words count."""
    parts = SpanIndex.of((j, part) for j, g in enumerate(found) for part in g.content)
    for i, m in mentions.items():
        e = entity_of[id(m)]
        words = m.text.split()
        if words and len(words) == 1 and words[0].lower() in _addressed_as():
            _name_addressed_kin(text, found, parts, mentions, entity_of, i, m)
            continue
        if e.named or len(words) < 2 or words[0].lower() not in OWN \
                or any(x.text.split()[:1] != words[:1] for x in e.mentions):
            continue
        around = [j for j in set(parts.near((m.start, m.start + 1)))
                  if j != i and j in mentions and any(s <= m.start < t for s, t in found[j].content)]
        if not around:
            continue
        outer = max(around, key=lambda j: found[j].content_span[1] - found[j].content_span[0])
        speaker = entity_of[id(mentions[outer])]
        if speaker.kind == "person" and speaker.named and speaker is not e:
            e.name = kin_name(speaker, words[1:])


def kin_name(speaker, rest: list[str]) -> str:
    """"Ramírez's daughter": someone a speaker calls theirs, by the speaker's surname, as news
    calls a person after naming them."""
    return f"{speaker.surname or speaker.name}'s {' '.join(rest)}"


def _addressed_as() -> dict[str, str]:
    return word_pairs("kin_address")


def _name_addressed_kin(text: str, found: list[Found], parts, mentions: dict, entity_of: dict, i: int, m) -> None:
    """"Dad still reckons …" inside Jess Trainor's words: her father, whom the text names as "Her
    father, Greg Trainor" where it names one father so; else "Trainor's father"."""
    around = [j for j in set(parts.near((m.start, m.start + 1)))
              if j != i and j in mentions and any(s <= m.start < t for s, t in found[j].content)]
    if not around:
        return
    outer = max(around, key=lambda j: found[j].content_span[1] - found[j].content_span[0])
    speaker, e = entity_of[id(mentions[outer])], entity_of[id(m)]
    if speaker.kind != "person" or not speaker.named or speaker is e:
        return
    kin = _addressed_as()[m.text.lower()]
    named = {" ".join(n.split()) for n in re.findall(
        rf"\b(?:[Hh]er|[Hh]is|[Tt]heir) {kin},\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})", text)}
    e.kind, e.named = "person", True
    e.name = named.pop() if len(named) == 1 else kin_name(speaker, [kin])
