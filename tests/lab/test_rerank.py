"""The listwise re-ranker fit on small synthetic queries whose answers a feature gives away."""
import numpy as np
import pytest

from sourcetrace.lab.rerank import calibrate, choose_l2, fit_listwise, margins, mean_reciprocal_rank


def synthetic(queries=60, per=8, seed=0):
    """Feature 0 is higher for the gold candidate, feature 1 is noise, feature 2 is constant within a query
    (useless for ranking, as a query-level signal is)."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(queries * per, 3))
    groups = np.repeat(np.arange(queries), per)
    y = np.zeros(len(x))
    y[np.arange(queries) * per] = 1
    x[y == 1, 0] += 2.0
    x[:, 2] = rng.normal(size=queries)[groups]
    return x, y, groups


def test_the_listwise_fit_ranks_gold_first_and_weights_the_informative_feature():
    x, y, groups = synthetic()
    w = fit_listwise(x, y, groups)
    assert w[0] > 5 * abs(w[1])
    assert mean_reciprocal_rank(x @ w, y, groups) > 0.8
    assert mean_reciprocal_rank(-x @ w, y, groups) < 0.4


def test_queries_without_a_gold_candidate_change_nothing():
    x, y, groups = synthetic()
    extra = np.random.default_rng(1).normal(size=(8, 3))
    w = fit_listwise(x, y, groups)
    w_more = fit_listwise(np.vstack([x, extra]), np.r_[y, np.zeros(8)], np.r_[groups, np.full(8, groups.max() + 1)])
    # only the standardisation moves a little (the extra rows enter the features' mean and spread)
    assert np.allclose(w, w_more, rtol=0.01, atol=1e-3)


def test_reciprocal_rank_by_hand():
    scores = np.array([0.9, 0.5, 0.1, 0.2, 0.8])
    y = np.array([0, 1, 0, 0, 1])
    groups = np.array([0, 0, 0, 1, 1])
    # query 0: gold second → 1/2; query 1: gold first → 1
    assert mean_reciprocal_rank(scores, y, groups) == pytest.approx(0.75)


def test_calibration_recovers_the_slopes_of_score_and_margin():
    rng = np.random.default_rng(2)
    scores, lead = rng.normal(size=(2, 6000))
    y = (rng.random(6000) < 1 / (1 + np.exp(-(2 * scores + 0.5 * lead - 1)))).astype(float)
    slope, lead_slope, intercept = calibrate(scores, lead, y)
    assert slope == pytest.approx(2, abs=0.3) and lead_slope == pytest.approx(0.5, abs=0.2)
    assert intercept == pytest.approx(-1, abs=0.3)


def test_margins_are_against_the_best_other_candidate_of_the_same_query():
    scores = np.array([3.0, 1.0, 2.0, 5.0, 5.0, 7.0])
    groups = np.array([0, 0, 0, 1, 1, 2])
    # query 0: the leader leads the second by 1, the others trail the leader; query 1: a tie; query 2: alone
    assert margins(scores, groups).tolist() == [1.0, -2.0, -1.0, 0.0, 0.0, 0.0]


def test_cross_validation_scores_every_strength():
    x, y, groups = synthetic(queries=30)
    cv = choose_l2(x, y, groups, grid=(1e-2, 1e3))
    assert set(cv) == {1e-2, 1e3} and all(0 < v <= 1 for v in cv.values())
