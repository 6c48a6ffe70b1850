"""The CheckThat! MAP@5 scorer on runs worked out by hand."""
import pytest

from sourcetrace.lab.checkthat import average_precision, evaluate, ranked


def test_average_precision_counts_hits_within_depth_over_all_relevant():
    # relevant at ranks 2 and 4: (1/2 + 2/4) / 2 = 0.5
    assert average_precision(["x", "a", "y", "b", "z"], {"a", "b"}) == pytest.approx(0.5)
    # a relevant claim below rank 5 adds nothing but still counts in R: (1/1) / 2
    assert average_precision(["a", "x", "y", "z", "w", "b"], {"a", "b"}) == pytest.approx(0.5)
    assert average_precision(["x", "y"], {"a"}) == 0.0


def test_ties_put_the_larger_claim_id_first_numerically():
    run = {"q": {"9": 1.0, "10": 1.0, "2": 0.5}}
    assert ranked(run, "q") == ["10", "9", "2"]


def test_map_at_5_is_the_mean_over_queries_and_unanswered_queries_score_zero():
    run = {"q1": {"a": 0.9, "b": 0.8}, "q2": {"x": 0.9, "c": 0.5}}
    qrels = {"q1": {"a"}, "q2": {"c"}, "q3": {"d"}}
    scores = evaluate(run, qrels)
    # q1: 1, q2: 1/2, q3: 0 → 0.5; MAP@1: q1 only → 1/3
    assert scores["map@5"] == pytest.approx(0.5)
    assert scores["map@1"] == pytest.approx(1 / 3, abs=1e-4)
    assert scores["recall@5"] == pytest.approx(2 / 3, abs=1e-4)


def test_thresholds_are_the_lowest_scores_whose_band_meets_the_precision():
    from sourcetrace.lab.checkthat import choose_thresholds
    right = [0.9, 0.8, 0.7, 0.4]
    wrong = [0.75, 0.3, 0.2, 0.1]
    chosen = choose_thresholds(right, wrong, high_precision=0.95, low_precision=0.75)
    # at 0.8 two right, none wrong; at 0.75 a wrong one comes in (2/3); at 0.4 it is 4/5 again
    assert chosen["high"] == 0.8 and chosen["high_recall"] == 0.5
    assert chosen["low"] == 0.4 and chosen["low_precision"] == 0.8
