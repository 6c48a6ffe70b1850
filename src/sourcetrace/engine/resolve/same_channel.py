"""“In the same filing, the group said …”: words said in the same statement, filing or interview
as an earlier find are that find's source's, whatever word the text now calls the source by (a
"group" may be a firm's word for itself or a campaign group's)."""
from __future__ import annotations

import re

from ..extract.base import Found

SAME = re.compile(r"(?:in|on|through|during)\s+(?:the|that|this|its|their)\s+same\s+([\w-]+)", re.IGNORECASE)


def said_in_the_same(text: str, found: list[Found]) -> dict[int, int]:
    """Finds made "in the same <channel>" whose source is no name ("the group", "it"), each with
    the latest earlier find whose channel has that word."""
    out = {}
    for i, f in enumerate(found):
        same = SAME.match((f.channel or "").strip())
        if same is None or f.source is None or not _unnamed(text[f.source[0]:f.source[1]]):
            continue
        word = same.group(1).lower()
        earlier = [j for j in range(i) if found[j].source is not None
                   and word in (found[j].channel or "").lower().replace(",", " ").split()]
        if earlier:
            out[i] = earlier[-1]
    return out


def _unnamed(source: str) -> bool:
    """"the group", "it", "the company": words in lower case after the first."""
    words = source.split()
    return bool(words) and all(w.islower() for w in words[1:]) and (len(words) > 1 or words[0].lower() == words[0]
                                                                   or words[0] in ("It", "They", "He", "She"))
