""""A criminal group calling itself RedMarten claimed …", "a gang that calls itself the Night
Owls", "a man who called himself Ade": whoever is brought in by description and then named by
what they call themselves is called by that name, as a reader calls them (hackers, militias,
movements, and people online are often known only by a name they chose)."""
from __future__ import annotations

import re

CALLING = re.compile(
    r"(?:,\s*)?(?:(?:that|which|who)\s+)?(?:calling|calls|called|call)\s+(?:itself|themselves|himself|herself)"
    r"\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’-]*){0,3})")
REACH = 24  # characters past the mention the clause may begin in ("gang" then " that calls itself")


def name_by_calling(text: str, entity_of: dict) -> None:
    """Name each entity known only by description after the name it calls itself in a clause
    that opens in or right after one of its mentions (in place)."""
    for e in {id(e): e for e in entity_of.values()}.values():
        if e.named or e.kind == "document":
            continue
        for m in e.mentions:
            if m.pronoun is not None:
                continue
            found = _calling(text, m.start, m.end)
            if found is not None:
                e.name, e.named, e.surname = found, True, found.split()[-1]
                break


def _calling(text: str, start: int, end: int) -> str | None:
    """The name a clause opening between the mention's head and a few characters past it gives."""
    window = text[start:min(len(text), end + REACH)]
    found = CALLING.search(window)
    if found is None or found.start() > end - start + 3 or found.start() == 0:
        return None
    if any(c in window[:found.start()] for c in ".;\n"):
        return None
    return found["name"]
