"""The same-claim matcher: BM25 and embedding candidates, a learned fused score, hard checks, two thresholds."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

import numpy as np

from sourcetrace.corpus.match.bm25 import BM25
from sourcetrace.corpus.match.checks import check
from sourcetrace.corpus.match.embed import Embedder, load_model
from sourcetrace.corpus.match.features import ALL, body_features, candidate_features, more_features
from sourcetrace.corpus.match.text import body, names, numbers, tokens

DATA = Path(__file__).with_name("data")
QUOTES = re.compile("[\"'\u2018\u2019\u201c\u201d\u00ab\u00bb`]")
# A repeated record ranks just below the one it repeats: a step smaller than any difference the features make
# that matters, and still visible in a run's eight printed decimals for any score above 1e-4.
REPEAT_STEP = 1e-4


@dataclass(frozen=True)
class Match:
    claim_id: str
    score: float              # the final score in [0, 1]
    verdict: str              # "link" (above high), "suggest" (between low and high) or "none"
    bm25: float
    cosine: float
    flags: tuple[str, ...] = ()   # hard checks the pair failed, each of which demoted it


def load_json(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def head(text: str) -> str:
    """The first sentence: in a fact-check record, the verified claim before the title."""
    for mark in (". ", "? ", "! "):
        cut = text.find(mark)
        if 0 < cut:
            text = text[:cut + 1]
    return text


def tail(text: str) -> str:
    """What follows the first sentence: in a fact-check record, its title (and subtitle)."""
    return text[len(head(text)):].strip()


def record_key(text: str) -> str:
    """What two records must share to be one record listed twice: the text, ignoring case, spacing and quote marks
    (collections re-list a record with its quotes restyled)."""
    return " ".join(QUOTES.sub("", text).lower().split())


def word_pairs(terms: list[str]) -> set[tuple[str, str]]:
    return set(zip(terms, terms[1:]))


class Matcher:
    """An in-memory index over (claim id, text) pairs; `search` ranks them for a query text."""

    def __init__(self, claims: Sequence[tuple[str, str]], model=None, reranker: dict | None = None,
                 thresholds: dict | None = None):
        self.ids = [str(cid) for cid, _ in claims]
        self.texts = [text for _, text in claims]
        self.model = model or load_model()
        self.reranker = reranker or load_json("reranker.json")
        self.thresholds = thresholds or load_json("thresholds.json")
        claim_tokens = [tokens(t) for t in self.texts]
        self.terms = [set(t) for t in claim_tokens]
        self.bm25 = BM25(claim_tokens)
        self.head_bm25 = BM25([tokens(head(t)) for t in self.texts])
        self.tail_bm25 = BM25([tokens(tail(t)) for t in self.texts])
        self.claim_terms = {"terms": self.terms, "pairs": [word_pairs(t) for t in claim_tokens],
                            "names": [names(t) for t in self.texts], "numbers": [numbers(t) for t in self.texts]}
        self.embedder = Embedder(self.model).fit(self.texts)
        self.vectors = self.embedder.encode(self.texts)
        self.head_vectors = self.embedder.encode([head(t) for t in self.texts])
        self.tail_vectors = self.embedder.encode([tail(t) for t in self.texts])
        self.token_ids = [np.unique(ids) for ids in self.embedder.token_ids(self.texts)]
        self.weights = np.asarray([self.reranker["weights"].get(n, 0.0) for n in ALL], dtype=np.float32)
        first: dict[str, int] = {}
        # each record's first listing: the earlier record is the one a repeat is ranked behind
        self.original = np.array([first.setdefault(record_key(t), i) for i, t in enumerate(self.texts)], dtype=np.int64)

    def __len__(self) -> int:
        return len(self.ids)

    def similar(self, a: str, b: str) -> float:
        va, vb = self.embedder.encode([a, b])
        return float(va @ vb)

    def signals(self, query: str) -> dict:
        terms = tokens(query)
        text = body(query)
        body_terms = tokens(text)
        q, q_body = self.embedder.encode([query, text])
        return {"bm25": self.bm25.scores(terms), "cosine": self.vectors @ q, "head_cos": self.head_vectors @ q,
                "terms": set(terms), "head_bm25": self.head_bm25.scores(terms),
                "ids": np.unique(self.embedder.token_ids([query])[0]),
                "body_bm25": self.bm25.scores(body_terms), "tail_bm25": self.tail_bm25.scores(body_terms),
                "body_cos": self.vectors @ q_body, "tail_cos": self.tail_vectors @ q_body,
                "body_terms": set(body_terms), "pairs": word_pairs(body_terms), "names": names(text),
                "body_ids": np.unique(self.embedder.token_ids([text])[0]),
                "body_head_bm25": self.head_bm25.scores(body_terms), "body_head_cos": self.head_vectors @ q_body,
                "numbers": numbers(text), "idf": self.bm25.idf, "idf_ceiling": self.bm25.idf("")}

    def candidates(self, signals: dict) -> tuple[np.ndarray, np.ndarray]:
        """The top of each ranking (BM25 of the whole query and of its body, cosine), with their re-ranker features."""
        depth = self.reranker["candidates"]
        bm25, cosine = signals["bm25"], signals["cosine"]
        candidates = np.union1d(np.union1d(_top(bm25, depth), _top(cosine, depth)), _top(signals["body_bm25"], depth))
        soft = [self.embedder.soft_overlap(signals["ids"], self.token_ids[c]) for c in candidates]
        first = candidate_features(bm25, cosine, signals["head_cos"], signals["terms"], self.terms,
                                   candidates, soft, signals["head_bm25"])
        overlaps = [self.embedder.overlaps(signals["body_ids"], self.token_ids[c]) for c in candidates]
        return candidates, np.hstack([first, more_features(signals, self.claim_terms, candidates),
                                      body_features(signals, overlaps, candidates)])

    def search(self, query: str, top: int = 5, mode: str = "fused", checks: bool = True) -> list[Match]:
        """The best `top` claims for the query. mode: 'fused' (shipped), or 'bm25'/'embedding' alone."""
        if not self.ids or top <= 0:
            return []
        signals = self.signals(query)
        bm25, cosine = signals["bm25"], signals["cosine"]
        if mode in ("bm25", "embedding"):
            scores = bm25 if mode == "bm25" else cosine
            best = _top(scores, top)
            return [Match(self.ids[c], float(scores[c]), "none", float(bm25[c]), float(cosine[c])) for c in best]
        candidates, feats = self.candidates(signals)
        fused = self.fused(feats @ self.weights, candidates)
        order = candidates[np.argsort(-fused)]
        fused_of = dict(zip(candidates.tolist(), fused.tolist()))
        matches = []
        head_ = order[:max(top, self.thresholds["check_depth"])]
        # Checks run only on the head of the ranking: they demote, so a demoted pair may fall below the next ones.
        for c in head_:
            score = fused_of[int(c)]
            flags = check(query, self.texts[c], self.similar) if checks else ()
            score *= self.thresholds["demote"] ** len(flags)
            matches.append(Match(self.ids[c], score, self.verdict(score), float(bm25[c]), float(cosine[c]), flags))
        matches = self._repeats_after_first(matches, head_)
        matches.sort(key=lambda m: -m.score)
        return matches[:top]

    def _repeats_after_first(self, matches: list[Match], indices: np.ndarray) -> list[Match]:
        """Records listed more than once (same text up to case, spacing and quotes) share their best score, the
        earliest listing first and each repeat a step below: which of two identical texts the features prefer
        is noise, and the first listing is the record of reference."""
        best: dict[int, float] = {}
        for m, c in zip(matches, indices):
            best[self.original[c]] = max(best.get(self.original[c], 0.0), m.score)
        out, listed = [], {}
        for m, c in sorted(zip(matches, indices), key=lambda pair: pair[1]):   # in listing order
            origin = self.original[c]
            k = listed[origin] = listed.get(origin, -1) + 1
            score = best[origin] * (1 - REPEAT_STEP) ** k
            out.append(m if score == m.score else replace(m, score=score, verdict=self.verdict(score)))
        return out

    def fused(self, raw: np.ndarray, candidates: np.ndarray | None = None) -> np.ndarray:
        """The re-ranker's probability for each candidate: its weighted features and, with a `margin` weight,
        how far it leads the best other candidate (the leader gains, the others lose, so the order stays).
        A near-copy of a candidate (cosine of the two claims at least `margin_copy_cosine`) is not its rival:
        a collection holding one claim twice, as a corpus of outlets does, must not make both doubtful."""
        lead = self.reranker.get("margin", 0.0)
        if lead and len(raw) > 1:
            raw = raw + lead * (raw - self._rival(raw, candidates))
        return 1 / (1 + np.exp(-(raw + self.reranker["bias"])))

    def _rival(self, raw: np.ndarray, candidates: np.ndarray | None) -> np.ndarray:
        """The best score of another candidate, not a near-copy, for each candidate (the head of the ranking
        looks for copies; below it the leader is every candidate's rival). Positions index `raw`."""
        order = np.argsort(-raw, kind="stable")
        rival = np.full(len(raw), raw[order[0]])
        rival[order[0]] = raw[order[1]]
        if candidates is None:
            return rival
        head_ = order[:self.thresholds.get("margin_depth", 10)]
        vectors = self.vectors[candidates[head_]]
        copies = vectors @ vectors.T >= self.thresholds.get("margin_copy_cosine", 1.01)
        for i, c in enumerate(head_):   # c: a position in raw
            others = [raw[d] for j, d in enumerate(head_) if j != i and not copies[i, j]]
            rival[c] = max(others) if others else raw[c]   # no rival but copies: no lead, as a lone candidate
        return rival

    def verdict(self, score: float) -> str:
        if score >= self.thresholds["high"]:
            return "link"
        return "suggest" if score >= self.thresholds["low"] else "none"


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    k = min(k, len(scores))
    part = np.argpartition(-scores, k - 1)[:k]
    return part[np.argsort(-scores[part], kind="stable")]


def load_matcher(claims: Sequence[tuple[str, str]], model_dir: str | None = None) -> Matcher:
    """The shipped matcher over these claims: the packaged model, re-ranker weights and thresholds."""
    return Matcher(claims, model=load_model(model_dir))
