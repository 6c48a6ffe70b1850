"""The re-ranker's lead term: a clear winner gains, the order never changes, and a near-copy is no rival."""
import numpy as np

from sourcetrace.corpus.match.matcher import Matcher


def scorer(vectors, margin=2.0):
    """The matcher's scoring arithmetic alone, over given claim vectors (no index needed for it)."""
    matcher = object.__new__(Matcher)
    matcher.reranker = {"bias": -1.0, "margin": margin}
    matcher.thresholds = {"margin_depth": 10, "margin_copy_cosine": 0.9}
    matcher.vectors = np.asarray(vectors, dtype=np.float32)
    return matcher


def unit(rng, n, dims=16):
    v = rng.normal(size=(n, dims))
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_the_lead_term_keeps_the_order_of_the_raw_scores():
    rng = np.random.default_rng(0)
    matcher = scorer(unit(rng, 30))
    for _ in range(20):
        raw = rng.normal(size=30)
        fused = matcher.fused(raw, np.arange(30))
        assert list(np.argsort(-fused)) == list(np.argsort(-raw))


def test_a_clear_winner_scores_higher_than_a_close_one():
    matcher = scorer(unit(np.random.default_rng(1), 3))
    clear = matcher.fused(np.array([3.0, 0.0, -1.0]), np.arange(3))
    close = matcher.fused(np.array([3.0, 2.9, -1.0]), np.arange(3))
    assert clear[0] > close[0] > close[1]


def test_a_near_copy_of_the_winner_is_not_its_rival():
    vectors = unit(np.random.default_rng(2), 3)
    vectors[1] = vectors[0]          # candidates 0 and 1: the same claim stored twice
    matcher = scorer(vectors)
    raw = np.array([3.0, 2.95, 0.0])
    fused = matcher.fused(raw, np.arange(3))
    distinct = scorer(unit(np.random.default_rng(3), 3)).fused(raw, np.arange(3))
    assert fused[0] > distinct[0] and fused[1] > distinct[1]
    assert fused[0] == matcher.fused(np.array([3.0, 0.0]), np.array([0, 2]))[0]


def test_without_a_margin_weight_the_score_is_the_plain_logistic():
    matcher = scorer(unit(np.random.default_rng(4), 2), margin=0.0)
    assert np.allclose(matcher.fused(np.array([1.0, 0.0])), 1 / (1 + np.exp(-np.array([0.0, -1.0]))))
