"""A record listed twice (its quotes restyled) ranks right behind its first listing, whichever the features prefer."""
import numpy as np

from sourcetrace.corpus.match.matcher import REPEAT_STEP, Match, load_matcher, record_key

CLAIMS = [
    ("9", "The mayor said 'the bridge will never be built' at a council meeting."),
    ("2", "Heavy rain flooded the main market in Accra on Sunday."),
    ("5", 'The mayor said "the bridge will never be built" at a council meeting.'),
    ("7", "Kenya raised its fuel tax by 8 percent in July."),
    ("3", "THE MAYOR said \u201cthe bridge will  never be built\u201d at a council meeting."),
]


def test_the_record_key_ignores_quotes_case_and_spacing_only():
    assert record_key(CLAIMS[0][1]) == record_key(CLAIMS[2][1]) == record_key(CLAIMS[4][1])
    assert record_key("The mayor said the bridge will be built.") != record_key("The mayor said the bridge won't be built.")


def test_repeats_follow_the_first_listing_in_listing_order_a_step_below_it():
    matcher = load_matcher(CLAIMS)
    for query in ("Mayor: the bridge will never be built", "a council meeting where the mayor spoke of a bridge"):
        found = matcher.search(query, top=5)
        ids = [m.claim_id for m in found]
        assert ids[:3] == ["9", "5", "3"], ids   # listing order, not claim id order nor the features' preference
        scores = [m.score for m in found[:3]]
        assert scores[0] > scores[1] > scores[2] > found[3].score
        assert scores[1] / scores[0] > 0.999     # a step, not a demotion
        assert f"{scores[0]:.8f}" != f"{scores[1]:.8f}"   # and one a printed run keeps


def test_a_group_takes_its_best_score_and_records_listed_once_keep_theirs():
    matcher = load_matcher(CLAIMS)
    indices = np.array([4, 1, 2, 0, 3])          # as ranked by the features: the last listing first
    raw = [0.6, 0.5, 0.3, 0.2, 0.1]
    matches = [Match(matcher.ids[c], s, matcher.verdict(s), 0.0, 0.0) for c, s in zip(indices, raw)]
    out = {m.claim_id: m.score for m in matcher._repeats_after_first(matches, indices)}
    assert out["2"] == 0.5 and out["7"] == 0.1
    assert out["9"] == 0.6
    assert out["5"] == 0.6 * (1 - REPEAT_STEP)
    assert out["3"] == 0.6 * (1 - REPEAT_STEP) ** 2


def test_training_rows_count_a_repeated_record_once_and_right_if_either_listing_is():
    from sourcetrace.lab.checkthat import training_rows
    matcher = load_matcher(CLAIMS)
    matcher.reranker = {**matcher.reranker, "candidates": 5}
    x, y, g, first = training_rows(matcher, {"q": "the mayor and the bridge"}, {"q": {"5"}})
    assert len(x) == len(y) == len(g) == len(first) == 5
    kept = {matcher.ids[c] for c in range(5)} - {"5", "3"}   # the repeats are not fitted on
    assert int(first.sum()) == len(kept)
    assert y[first].sum() == 1.0                                # "9", the first listing, carries the label of "5"


def test_overlaps_are_soft_overlap_then_plain_means_of_the_best_cosines():
    matcher = load_matcher(CLAIMS)
    emb = matcher.embedder
    q = np.unique(emb.token_ids(["the harbour bridge vote"])[0])
    c = matcher.token_ids[0]
    soft_q, soft_c, plain_q, plain_c = emb.overlaps(q, c)
    assert (soft_q, soft_c) == emb.soft_overlap(q, c)
    sim = emb.unit_tokens()[q] @ emb.unit_tokens()[c].T
    assert abs(plain_q - sim.max(1).mean()) < 1e-6 and abs(plain_c - sim.max(0).mean()) < 1e-6
    assert emb.overlaps(q[:0], c) == (0.0, 0.0, 0.0, 0.0)
