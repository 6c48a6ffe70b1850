"""Per-candidate features for the re-ranker: lexical, embedding, overlap and agreement signals."""
from __future__ import annotations

import numpy as np

NAMES = ("bm25_rel", "bm25_log", "cosine", "cosine_gap", "bm25_rr", "cosine_rr", "claim_cover", "query_cover",
         "cosine_head", "soft_query", "soft_claim", "bm25_head_rel")
# Added after the first re-ranker: a weights file without them gives them weight 0.
MORE = ("bm25_body_rel", "bm25_body_rr", "bm25_tail_rel", "cosine_body", "cosine_tail", "cosine_best_sentence",
        "idf_query_cover", "idf_claim_cover", "idf_rarest_shared", "bigram_query_cover", "bigram_claim_cover",
        "names_claim_cover", "names_query_cover", "numbers_shared", "numbers_unshared")
# Issue 17, second round: the tweet's body (signature out) against the claim token by token and against its
# first sentence. maxsim_*: each token's best cosine to the other side's tokens, a plain mean (soft_* weight by IDF).
BODY = ("soft_body_query", "soft_body_claim", "maxsim_body_query", "maxsim_body_claim", "body_head_cos",
        "body_head_bm25_rel")
ALL = NAMES + MORE + BODY


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


def more_features(sig: dict, claim: dict, candidates: np.ndarray) -> np.ndarray:
    """The MORE features: the tweet's body apart from its signature, the claim's title apart from its first
    sentence, rare shared words weighted by IDF, shared word pairs, names and figures.
    `sig` holds the query's signals (arrays over the collection, and the query's term statistics); `claim`
    the collection's per-claim term sets."""
    body, tail, idf = sig["body_bm25"], sig["tail_bm25"], sig["idf"]
    top_body, top_tail = float(body.max()) or 1.0, float(tail.max()) or 1.0
    rank_body = _ranks(body, candidates)
    q_terms, q_pairs, q_names, q_numbers = sig["body_terms"], sig["pairs"], sig["names"], sig["numbers"]
    q_weight = sum(idf(t) for t in q_terms) or 1.0
    rows = []
    for j, c in enumerate(candidates):
        shared = q_terms & claim["terms"][c]
        shared_idf = [idf(t) for t in shared]
        c_weight = sum(idf(t) for t in claim["terms"][c]) or 1.0
        pairs, c_names, c_numbers = claim["pairs"][c], claim["names"][c], claim["numbers"][c]
        both_pairs = len(q_pairs & pairs)
        both_names = len(q_names & c_names)
        both_numbers = len(q_numbers & c_numbers)
        rows.append((body[c] / top_body, 1 / (1 + rank_body[j]), tail[c] / top_tail,
                     sig["body_cos"][c], sig["tail_cos"][c], max(sig["head_cos"][c], sig["tail_cos"][c]),
                     sum(shared_idf) / q_weight, sum(shared_idf) / c_weight,
                     max(shared_idf, default=0.0) / sig["idf_ceiling"],
                     both_pairs / max(len(q_pairs), 1), both_pairs / max(len(pairs), 1),
                     both_names / max(len(c_names), 1), both_names / max(len(q_names), 1),
                     min(both_numbers, 3), min(len(c_numbers - q_numbers), 3) if q_numbers else 0))
    return np.asarray(rows, dtype=np.float32).reshape(len(candidates), len(MORE))


def body_features(sig: dict, overlaps: list[tuple[float, float, float, float]], candidates: np.ndarray) -> np.ndarray:
    """The BODY features: `overlaps` holds each candidate's (soft, soft, maxsim, maxsim) of the body's tokens."""
    head_bm25 = sig["body_head_bm25"]
    top_head = float(head_bm25.max()) or 1.0
    rows = [(*overlap, sig["body_head_cos"][c], head_bm25[c] / top_head) for overlap, c in zip(overlaps, candidates)]
    return np.asarray(rows, dtype=np.float32).reshape(len(candidates), len(BODY))


def _ranks(scores: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """0-based rank of each candidate in the whole collection (number of strictly higher scores)."""
    ordered = np.sort(scores)
    return len(scores) - np.searchsorted(ordered, scores[candidates], side="right")
