"""Someone brought in by description and then named in a clause is called by that name, as a
reader calls them. A naming clause set right after a person ("The head carpenter, who goes by the
single name Suresh, says …", "The driver, who gave his name only as Musa, said …", "a fisherman,
known only as Joko,": many people in the world go by one name, or give only one to a reporter); or
the name anyone chose for themselves ("A criminal group calling itself RedMarten claimed …", "a gang
that calls itself the Night Owls", "a man who called himself Ade": hackers, militias, movements and
people online are often known only by that name)."""
from __future__ import annotations

import re

NAMING = re.compile(
    r"\s*,\s*(?:who\s+)?(?:goes\s+by|went\s+by|uses|used|gave\s+(?:his|her|their)\s+name(?:\s+only)?\s+as"
    r"|asked\s+to\s+be\s+(?:called|identified(?:\s+only)?\s+as)|(?:is\s+)?known(?:\s+only|\s+simply)?\s+as"
    r"|identified(?:\s+only)?\s+as|(?:is\s+)?called)"
    r"\s+(?:(?:only|simply)\s+)?(?:(?:the|a)\s+(?:single\s+|one\s+)?name\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?=\s*[,.;)])")
REACH = 3  # characters between the end of the description and the comma that opens the clause
CALLING = re.compile(
    r"(?:,\s*)?(?:(?:that|which|who)\s+)?(?:calling|calls|called|call)\s+(?:itself|themselves|himself|herself)"
    r"\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’-]*){0,3})")
CALLING_REACH = 24  # characters past the mention the clause may begin in ("gang" then " that calls itself")


def name_by_clause(text: str, entity_of: dict) -> None:
    """Name each source known only by description after the name a clause at one of its mentions
    gives: a naming clause for a person, a name chosen for itself for anyone but a document (in
    place)."""
    for e in {id(e): e for e in entity_of.values()}.values():
        if e.named or e.kind == "document":
            continue
        said = [m for m in e.mentions if m.pronoun is None]
        found = next(filter(None, (_naming(text, m.start, m.end) for m in said)), None) if e.kind == "person" else None
        found = found or next(filter(None, (_calling(text, m.start, m.end) for m in said)), None)
        if found is not None:
            e.name, e.named, e.surname = found, True, found.split()[-1]


def _naming(text: str, start: int, end: int) -> str | None:
    """The name a naming clause after the comma that ends the mention gives."""
    comma = text.find(",", start, end + REACH)
    if comma < 0:
        return None
    found = NAMING.match(text, comma - 1 if comma > 0 and text[comma - 1] == " " else comma)
    if found is None or text[start:comma].strip().endswith(found["name"]):
        return None
    return found["name"]


def _calling(text: str, start: int, end: int) -> str | None:
    """The name a clause opening between the mention's head and a few characters past it gives."""
    window = text[start:min(len(text), end + CALLING_REACH)]
    found = CALLING.search(window)
    if found is None or found.start() > end - start + 3 or found.start() == 0:
        return None
    if any(c in window[:found.start()] for c in ".;\n"):
        return None
    return found["name"]
