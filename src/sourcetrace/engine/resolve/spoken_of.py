"""A speaker does not call themself "he": "His father, Sergeant Walter Crane, was awarded the
Military Medal. “He never talked about the war,” he said." is the son speaking of his father.

Where a quote opens on "he" (or "she") and its cue's pronoun found someone brought in as a
relative ("His father, …"), who has not spoken, the quote is about them: its speaker is the one
who spoke last before whom the pronoun fits. (Someone brought in otherwise may well say "he" of
another: "Tom Hale was asked about his rival. “He has no plan,” he said.")
"""
from __future__ import annotations

from ..extract.base import Found
from .coref import Entity, introduced_as_kin, move_mention

OPENERS = " \t\"“‘'"
PRONOUNS = {"he", "she"}


def _opens_on(text: str, f: Found, pronoun: str) -> bool:
    words = text[f.content_span[0]:f.content_span[1]].lstrip(OPENERS).split()
    return bool(words) and words[0].lower() == pronoun


def speakers_not_spoken_of(text: str, found: list[Found], mentions: dict, entity_of: dict[int, Entity]) -> None:
    """Give such a quote to the last earlier speaker the pronoun fits (in place)."""
    spoken: list[tuple[int, Entity]] = []  # (where the find is, its speaker) in text order
    for i in sorted(mentions, key=lambda i: found[i].content_span[0]):
        m, f = mentions[i], found[i]
        e = entity_of[id(m)]
        pronoun = m.text.strip().lower()
        if pronoun in PRONOUNS and f.type == "direct" and _opens_on(text, f, pronoun) \
                and e.kind == "person" and introduced_as_kin(e) and not any(s is e for _, s in spoken):
            earlier = next((s for _, s in reversed(spoken) if s is not e and s.kind == "person"
                            and s.fits(m.gender)), None)
            if earlier is not None:
                move_mention(m, earlier, entity_of)
                e = earlier
        spoken.append((f.content_span[0], e))
