"""The shared same-claim matcher (corpus/match) over one date window of stored claims finds the candidates; the
news-pair model (pairs.py) judges each, and its verdict becomes a made or suggested `same` link in the store,
or a `contradicts` link for the opposite claim."""
from __future__ import annotations

from typing import Callable, Sequence

from sourcetrace.corpus.match.checks import check
from sourcetrace.corpus.match.embed import load_model
from sourcetrace.corpus.match.matcher import Matcher, load_json
from sourcetrace.corpus.match.text import tokens

from . import pairs
from .pairs import Decision
from .config import config


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


def same_opening(a: str, b: str) -> bool:
    """One claim is the other cut short ("… recruited by Brask Salvage" / "… recruited by Brask Salvage to work
    on wrecks"): the shorter's content words, at least `trim_min_words` of them, open the longer's."""
    short, long = sorted((word_key(a), word_key(b)), key=len)
    return len(short) >= config()["trim_min_words"] and long[:len(short)] == short


def candidates(matcher: Matcher, query: str, top: int, text_of: dict[str, str],
               skip: Callable[[str], bool] = lambda claim_id: False) -> list[tuple[str, Decision]]:
    """The matcher's best `top` for the query (its ranking finds the candidates), less those `skip` names,
    each judged by the news-pair model (the fused score is not a yes/no for two news sentences) unless one is
    the other cut short, which the hard checks alone decide; best first: (claim id, decision)."""
    out = []
    for match in matcher.search(query, top=top, checks=False):
        if skip(match.claim_id):
            continue
        other = text_of[match.claim_id]
        decision = (same_opening(query, other) and same_words(query, other, matcher)) or pairs.decide(query, other)
        if decision is not None:
            out.append((match.claim_id, decision))
    out.sort(key=lambda item: -item[1].score)
    return out
