"""A paragraph that opens with a quote goes on with the person the paragraph before it was about.

"Her father, company founder Marcel Laurentin, 81, told the Ledger he had never seen a downturn
like it. [new paragraph] “Not in 1982, not in 2008,” Laurentin said." With two Laurentins named,
the bare surname after a quote that opens its paragraph is the one of them the paragraph before
followed: news switches to the other by the full name ("Geneviève Laurentin denied …").
"""
from __future__ import annotations

QUOTE_OPENINGS = ("\"", "“", "‘", "'", "«", "„", "—", "–")


def _paragraph_start(text: str, at: int) -> int:
    found = text.rfind("\n\n", 0, at)
    return found + 2 if found >= 0 else -1


def followed_on(text: str, sharing: list, at: int) -> list:
    """Those of `sharing` (entities with `last_seen`) last seen in the paragraph before the one
    that holds `at`, where that one opens with a quote; none otherwise."""
    start = _paragraph_start(text, at)
    if start < 0 or not text[start:start + 1] in QUOTE_OPENINGS:
        return []
    before = _paragraph_start(text, start - 2)
    before = max(before, 0)
    return [e for e in sharing if before <= e.last_seen < start]
