""""The head carpenter, who goes by the single name Suresh, says …", "The driver, who gave his name
only as Musa, said …", "a fisherman, known only as Joko,": a person brought in by description and
named in a clause set right after it is called by that name, as a reader calls them (many people
in the world go by one name, or give only one to a reporter)."""
from __future__ import annotations

import re

NAMING = re.compile(
    r"\s*,\s*(?:who\s+)?(?:goes\s+by|went\s+by|uses|used|gave\s+(?:his|her|their)\s+name(?:\s+only)?\s+as"
    r"|asked\s+to\s+be\s+(?:called|identified(?:\s+only)?\s+as)|(?:is\s+)?known(?:\s+only|\s+simply)?\s+as"
    r"|identified(?:\s+only)?\s+as|(?:is\s+)?called)"
    r"\s+(?:(?:only|simply)\s+)?(?:(?:the|a)\s+(?:single\s+|one\s+)?name\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?=\s*[,.;)])")
REACH = 3  # characters between the end of the description and the comma that opens the clause


def name_by_clause(text: str, entity_of: dict) -> None:
    """Name each person known only by description after the name a naming clause right after one
    of its mentions gives (in place)."""
    for e in {id(e): e for e in entity_of.values()}.values():
        if e.named or e.kind != "person":
            continue
        for m in e.mentions:
            if m.pronoun is not None:
                continue
            comma = text.find(",", m.start, m.end + REACH)
            if comma < 0:
                continue
            found = NAMING.match(text, comma - 1 if comma > 0 and text[comma - 1] == " " else comma)
            if found is not None and not text[m.start:comma].strip().endswith(found["name"]):
                e.name, e.named, e.surname = found["name"], True, found["name"].split()[-1]
                break
