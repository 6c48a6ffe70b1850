"""Fitting the claim re-ranker: a linear score trained listwise (softmax over each query's candidates), then a
one-feature logistic calibration so the shipped score is a probability again.

Listwise because the measure is per query: a pointwise logistic spends its capacity telling one query's easy
negatives from another query's positives, which no ranking needs. The calibration scales and shifts the score,
so it changes no ranking, only what the thresholds read.
"""
from __future__ import annotations

import numpy as np


def softmax_step(scores: np.ndarray, labels: np.ndarray, groups: np.ndarray, n_groups: int,
                 answered: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean cross-entropy between each answered query's softmax over its candidates and its gold share, and its
    gradient with respect to the scores (queries without a gold candidate have nothing to learn from)."""
    top = np.full(n_groups, -np.inf)
    np.maximum.at(top, groups, scores)
    exp = np.exp(scores - top[groups])
    total = np.bincount(groups, weights=exp, minlength=n_groups)
    prob = exp / total[groups]
    gold = np.bincount(groups, weights=labels, minlength=n_groups)
    target = np.where(answered[groups], labels / np.maximum(gold[groups], 1), 0.0)
    mask = answered[groups]
    n = max(int(answered.sum()), 1)
    loss = -float((target * np.log(np.maximum(prob, 1e-12)))[mask].sum()) / n
    return loss, np.where(mask, prob, 0.0) / n - target / n


def fit_listwise(x: np.ndarray, y: np.ndarray, groups: np.ndarray, l2: float = 1e-2, steps: int = 300,
                 rate: float = 0.05) -> np.ndarray:
    """Weights on the raw features (no bias: a query's softmax ignores it), by Adam on standardised features."""
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = (x - mean) / scale
    n_groups = int(groups.max()) + 1 if len(groups) else 0
    answered = np.bincount(groups, weights=y, minlength=n_groups) > 0
    w = np.zeros(z.shape[1])
    first, second = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, steps + 1):
        _, grad_scores = softmax_step(z @ w, y, groups, n_groups, answered)
        grad = z.T @ grad_scores + l2 * w
        first = 0.9 * first + 0.1 * grad
        second = 0.999 * second + 0.001 * grad ** 2
        w -= rate * (first / (1 - 0.9 ** t)) / (np.sqrt(second / (1 - 0.999 ** t)) + 1e-8)
    return w / scale


def margins(scores: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each candidate's score less the best other score of its query (0 for a query's only candidate)."""
    n_groups = int(groups.max()) + 1 if len(groups) else 0
    best = np.full(n_groups, -np.inf)
    np.maximum.at(best, groups, scores)
    is_best = scores == best[groups]
    masked = np.where(is_best, -np.inf, scores)
    second = np.full(n_groups, -np.inf)
    np.maximum.at(second, groups, masked)
    ties = np.bincount(groups, weights=is_best, minlength=n_groups) > 1
    second = np.where(ties, best, second)
    other = np.where(is_best, second[groups], best[groups])
    return np.where(np.isfinite(other), scores - other, 0.0)


def calibrate(scores: np.ndarray, margin: np.ndarray, y: np.ndarray, steps: int = 50) -> tuple[float, float, float]:
    """(score slope, margin slope, intercept) of a logistic regression of the labels on a candidate's score and
    its margin over the best other candidate, by Newton's method. A listwise score is only defined up to a
    shift per query, so its level says little across queries; the margin says how clearly a candidate wins."""
    z = np.column_stack([scores, margin, np.ones(len(scores))])
    w = np.zeros(3)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        hess = (z * (p * (1 - p))[:, None]).T @ z + 1e-6 * np.eye(3)
        step = np.linalg.solve(hess, z.T @ (p - y))
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return float(w[0]), float(w[1]), float(w[2])


def mean_reciprocal_rank(scores: np.ndarray, y: np.ndarray, groups: np.ndarray) -> float:
    """MRR of the first gold candidate per query that has one: the CV criterion (close to MAP@5 here)."""
    order = np.lexsort((-scores, groups))           # by query, best first within it
    g, hit = groups[order], y[order] > 0
    start = np.r_[True, g[1:] != g[:-1]]
    rank = np.arange(len(g)) - np.maximum.accumulate(np.where(start, np.arange(len(g)), 0))
    first_hit = {}
    for query, r in zip(g[hit], rank[hit]):
        first_hit.setdefault(int(query), int(r))
    return sum(1 / (1 + r) for r in first_hit.values()) / max(len(first_hit), 1)


def choose_l2(x: np.ndarray, y: np.ndarray, groups: np.ndarray, grid=(1e-3, 1e-2, 1e-1), folds: int = 3) -> dict:
    """Cross-validated MRR per L2 strength, folds by query (train data only)."""
    fold_of = groups % folds
    out = {}
    for l2 in grid:
        held = []
        for k in range(folds):
            train, test = fold_of != k, fold_of == k
            w = fit_listwise(x[train], y[train], _dense(groups[train]), l2)
            held.append(mean_reciprocal_rank(x[test] @ w, y[test], groups[test]))
        out[l2] = float(np.mean(held))
    return out


def _dense(groups: np.ndarray) -> np.ndarray:
    return np.unique(groups, return_inverse=True)[1]
