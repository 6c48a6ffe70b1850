"""The shared same-claim matcher (corpus/match) over one date window of stored claims, and what its verdicts
become in the store: a made or suggested `same` link, or a `contradicts` link for the opposite claim."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from sourcetrace.corpus.match.matcher import Match, Matcher, load_matcher


@dataclass(frozen=True)
class Decision:
    relation: str      # same | contradicts
    status: str        # made | suggested
    score: float
    checks: tuple[str, ...]


def window_matcher(claims: Sequence[tuple[str, str]]) -> Matcher:
    """The shipped matcher (model, re-ranker, thresholds) indexing these (claims.id, text) pairs."""
    return load_matcher(claims)


def decide(match: Match, thresholds: dict) -> Decision | None:
    """The matcher's verdict with two readings of its hard checks that a story needs: a pair failing only on
    negation, that would have been a link, says the opposite (it rebuts the claim); a pair failing only on
    numbers, that would have been a link, may be the same claim with a revised figure, which a person decides."""
    flags = tuple(match.flags)
    undemoted = match.score / (thresholds["demote"] ** len(flags)) if flags else match.score
    if flags == ("negation",) and undemoted >= thresholds["high"]:
        return Decision("contradicts", "made", undemoted, flags)
    if flags == ("number",) and undemoted >= thresholds["high"]:
        return Decision("same", "suggested", undemoted, flags)
    if match.verdict == "link":
        return Decision("same", "made", match.score, flags)
    if match.verdict == "suggest":
        return Decision("same", "suggested", match.score, flags)
    return None
