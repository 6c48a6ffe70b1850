"""The shared same-claim matcher (corpus/match) over one date window of stored claims, and what its verdicts
become in the store: a made or suggested `same` link, or a `contradicts` link for the opposite claim."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from sourcetrace.corpus.match.checks import check
from sourcetrace.corpus.match.embed import load_model
from sourcetrace.corpus.match.matcher import Match, Matcher, load_json
from sourcetrace.corpus.match.text import tokens

from .config import config


@dataclass(frozen=True)
class Decision:
    relation: str      # same | contradicts
    status: str        # made | suggested
    score: float
    checks: tuple[str, ...]


def window_matcher(claims: Sequence[tuple[str, str]]) -> Matcher:
    """The shipped matcher (model, re-ranker weights, thresholds) indexing these (claims.id, text) pairs, its
    candidate lists `candidate_depth` deep."""
    reranker = {**load_json("reranker.json"), "candidates": config()["candidate_depth"]}
    return Matcher(claims, model=load_model(), reranker=reranker)


def word_key(text: str) -> tuple[str, ...]:
    """The claim's content words in order, as the matcher's BM25 reads them (function words out, negations in)."""
    return tuple(tokens(text))


def same_words(a: str, b: str, matcher: Matcher) -> Decision | None:
    """Two claims with the same content words in the same order, that pass the hard checks, are one claim
    whatever the fused score says: the re-ranker was fitted to rank fact-checks for tweets, where its score for
    a word-for-word copy depends on the rest of the collection."""
    flags = check(a, b, matcher.similar)
    return None if flags else Decision("same", "made", 1.0, ())


def candidates(matcher: Matcher, query: str, top: int, text_of: dict[str, str]) -> list[Match]:
    """The matcher's best `top` for the query, its hard checks (and their demotion) applied as `search` applies
    them but only to candidates whose fused score reaches `low`: checks only demote, so below `low` they cannot
    change a verdict, and they are most of a search's cost."""
    low, demote = matcher.thresholds["low"], matcher.thresholds["demote"]
    out = []
    for match in matcher.search(query, top=top, checks=False):
        if match.score < low:
            continue
        flags = check(query, text_of[match.claim_id], matcher.similar)
        score = match.score * demote ** len(flags)
        out.append(replace(match, score=score, verdict=matcher.verdict(score), flags=flags))
    return out


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
