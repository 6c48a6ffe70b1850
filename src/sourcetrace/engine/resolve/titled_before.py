"""A titled surname goes to the one of its bearers whose name the text wrote right after that title.

"… came from the then head of department, Dr Sipho Dlamini — no relation, she stressed … Dr
Dlamini, who testified in March, has denied …": the tagger took "Sipho Dlamini" without its "Dr",
so the title stands only in the text before the mention; Dr Dlamini is him, not the Dlamini the
paragraphs followed. Only a bare surname's bearers named in full are weighed, and only where
exactly one was so titled.
"""
from __future__ import annotations

from typing import Iterable

from .names import is_title_word

_LOOK_BACK = 24  # a title and a space or two: "Dr ", "Professor ", "Adv. "


def titled_in_text(text: str, recent: Iterable, m) -> object | None:
    """Of the entities in `recent` (latest first) whose full names end in the surname of `m` ("Dr
    Dlamini"), the one a mention of which the text opens with that title; None unless one."""
    words = m.text.split(",")[0].split()  # "Dr Dlamini, who testified in March"
    if not text or m.kind != "person" or not m.named or len(words) != 2 or not is_title_word(words[0]):
        return None
    title, surname = words[0].lower().rstrip("."), words[1].lower()
    titled = []
    for e in recent:
        if e.kind != "person" or not e.named or " " not in e.name.strip() \
                or e.name.lower().split()[-1] != surname:
            continue
        if any(_titled(text[max(0, x.start - _LOOK_BACK):x.end], title, e.name.split()[0]) for x in e.mentions):
            titled.append(e)
    return titled[0] if len(titled) == 1 else None


def _titled(window: str, title: str, first: str) -> bool:
    """Whether `title` is the word written right before the given name `first` in `window`, within
    the mention ("Dr Thabo Mokoena, no relation") or just before it ("Dr" + "Sipho Dlamini")."""
    words = [w.lower().rstrip(".,") for w in window.split()]
    return any(w == first.lower() and k > 0 and words[k - 1] == title for k, w in enumerate(words))
