"""Per-candidate features for the re-ranker: lexical, embedding, overlap and agreement signals."""
from __future__ import annotations

import numpy as np

NAMES = ("bm25_rel", "bm25_log", "cosine", "cosine_gap", "bm25_rr", "cosine_rr", "claim_cover", "query_cover",
         "cosine_head", "soft_query", "soft_claim", "bm25_head_rel")


def candidate_features(bm25: np.ndarray, cosine: np.ndarray, head_cosine: np.ndarray, query_terms: set[str],
                       claim_terms: list[set[str]], candidates: np.ndarray, soft: list[tuple[float, float]],
                       head_bm25: np.ndarray) -> np.ndarray:
    """One row per candidate. bm25/cosine are over the whole collection so ranks and maxima are collection-wide."""
    top_bm25 = float(bm25.max()) or 1.0
    top_cos = float(cosine.max())
    top_head = float(head_bm25.max()) or 1.0
    rank_bm25 = _ranks(bm25, candidates)
    rank_cos = _ranks(cosine, candidates)
    rows = []
    for j, c in enumerate(candidates):
        terms = claim_terms[c]
        shared = len(terms & query_terms)
        rows.append((bm25[c] / top_bm25, np.log1p(bm25[c]), cosine[c], cosine[c] - top_cos,
                     1 / (1 + rank_bm25[j]), 1 / (1 + rank_cos[j]),
                     shared / max(len(terms), 1), shared / max(len(query_terms), 1), head_cosine[c],
                     soft[j][0], soft[j][1], head_bm25[c] / top_head))
    return np.asarray(rows, dtype=np.float32).reshape(len(candidates), len(NAMES))


def _ranks(scores: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """0-based rank of each candidate in the whole collection (number of strictly higher scores)."""
    ordered = np.sort(scores)
    return len(scores) - np.searchsorted(ordered, scores[candidates], side="right")
