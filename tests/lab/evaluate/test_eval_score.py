import pytest

from sourcetrace.lab.evaluate.brat import GoldAttribution
from sourcetrace.lab.evaluate.counts import Counts, Ratio, mean_tally
from sourcetrace.lab.evaluate.score import score_document

from eval_fixtures import at, attribution

TEXT = ("The mayor said that the bridge would reopen in May. "
        "“It is safe,” the engineer added, “and always was.” "
        "Critics disagreed.")


def prf(counts: Counts) -> tuple[float, float, float]:
    return tuple(round(x, 4) for x in counts.prf())


def test_identical_prediction_scores_one_everywhere():
    gold = [attribution(TEXT, "The mayor", "said", "that the bridge would reopen in May.")]
    tally = score_document(TEXT, gold, gold)
    for key, value in tally.items():
        if isinstance(value, Counts):
            assert value.prf() == (1.0, 1.0, 1.0), key


def test_exact_forgives_edge_punctuation_but_overlap_gives_partial_credit():
    gold = [attribution(TEXT, "The mayor", "said", "that the bridge would reopen in May.")]
    trailing_dot_dropped = [attribution(TEXT, "The mayor", "said", "that the bridge would reopen in May")]
    assert score_document(TEXT, gold, trailing_dot_dropped)["exact/content"].prf() == (1.0, 1.0, 1.0)

    # Predicting 4 of the gold content's 7 words: exact fails, overlap gives P=1, R=4/7.
    half = [attribution(TEXT, "The mayor", "said", "would reopen in May")]
    tally = score_document(TEXT, gold, half)
    assert tally["exact/content"].prf() == (0.0, 0.0, 0.0)
    assert prf(tally["overlap/content"]) == (1.0, round(4 / 7, 4), round(8 / 11, 4))
    assert tally["attribution/exact"].prf() == (0.0, 0.0, 0.0)
    assert tally["attribution/overlap"].prf() == (1.0, 1.0, 1.0)


def test_overlap_precision_counts_extra_predicted_words():
    gold = [attribution(TEXT, "mayor", "said", "bridge would reopen")]
    longer = [attribution(TEXT, "The mayor", "said", "that the bridge would reopen in May")]
    tally = score_document(TEXT, gold, longer)
    assert prf(tally["overlap/source"]) == (0.5, 1.0, 0.6667)
    # 3 gold words inside a 7-word prediction.
    assert prf(tally["overlap/content"]) == (round(3 / 7, 4), 1.0, 0.6)


def test_matching_is_one_to_one():
    gold = [attribution(TEXT, "The mayor", "said", "that the bridge would reopen in May")]
    twice = gold * 2
    tally = score_document(TEXT, gold, twice)
    assert tally["exact/source"].prf() == (0.5, 1.0, pytest.approx(2 / 3))
    assert tally["overlap/cue"].prf()[0] == 0.5
    assert tally["attribution/exact"].precision_credit == 1


def test_absent_role_matches_only_absent_role():
    no_source = [attribution(TEXT, None, "disagreed", "Critics disagreed")]
    with_source = [attribution(TEXT, "Critics", "disagreed", "Critics disagreed")]
    assert score_document(TEXT, no_source, no_source)["attribution/exact"].prf() == (1.0, 1.0, 1.0)
    tally = score_document(TEXT, no_source, with_source)
    assert tally["attribution/exact"].prf() == (0.0, 0.0, 0.0)
    assert tally["attribution/overlap"].prf() == (0.0, 0.0, 0.0)
    # An absent role is neither predicted nor gold for the role scores.
    assert (tally["exact/source"].gold, tally["exact/source"].predicted) == (0, 1)
    assert tally["exact/cue"].prf() == (1.0, 1.0, 1.0)


def test_discontinuous_content_must_match_fragment_for_fragment():
    gold = [attribution(TEXT, "the engineer", "added", "“It is safe,”", "“and always was.”")]
    same_parts = [attribution(TEXT, "the engineer", "added", "It is safe", "and always was")]
    one_span = [attribution(TEXT, "the engineer", "added", "“It is safe,” the engineer added, “and always was.”")]
    assert score_document(TEXT, gold, same_parts)["exact/content"].prf() == (1.0, 1.0, 1.0)
    tally = score_document(TEXT, gold, one_span)
    assert tally["exact/content"].prf() == (0.0, 0.0, 0.0)
    # 6 gold words inside a 9-word prediction.
    assert prf(tally["overlap/content"])[:2] == (round(6 / 9, 4), 1.0)


def test_nothing_predicted_scores_zero_without_dividing_by_zero():
    gold = [attribution(TEXT, "The mayor", "said", "that the bridge would reopen in May")]
    tally = score_document(TEXT, gold, [])
    assert tally["overlap/content"].prf() == (0.0, 0.0, 0.0)
    assert tally["exact/content"].gold == 1


def test_direct_speaker_accuracy_counts_found_quotes_only():
    quote = attribution(TEXT, "the engineer", "added", "“It is safe,”", "“and always was.”")
    right = [attribution(TEXT, "engineer", "added", "It is safe")]
    wrong = [attribution(TEXT, "The mayor", "added", "It is safe")]
    assert score_document(TEXT, [quote], right)["direct_speaker"] == Ratio(1, 1)
    assert score_document(TEXT, [quote], wrong)["direct_speaker"] == Ratio(0, 1)
    assert score_document(TEXT, [quote], [])["direct_speaker"] == Ratio(0, 0)
    indirect = attribution(TEXT, "The mayor", "said", "that the bridge would reopen in May.")
    assert score_document(TEXT, [indirect], [indirect])["direct_speaker"] == Ratio(0, 0)
    # Only quotes with a gold source are counted.
    sourceless = GoldAttribution(source=(), cue=(), content=quote.content)
    assert score_document(TEXT, [sourceless], right)["direct_speaker"] == Ratio(0, 0)


def test_mean_tally_averages_annotators_counts():
    gold_a = [attribution(TEXT, "The mayor", "said", "that the bridge would reopen in May")]
    gold_b = gold_a + [attribution(TEXT, None, "disagreed", "Critics disagreed")]
    predicted = gold_a
    mean = mean_tally([score_document(TEXT, g, predicted) for g in (gold_a, gold_b)])
    content = mean["exact/content"]
    assert (content.predicted, content.gold, content.recall_credit) == (1, 1.5, 1)
    assert content.prf()[1] == pytest.approx(1 / 1.5)
