from sourcetrace.lab.evaluate.cofenet import within_one_sentence
from sourcetrace.lab.evaluate.score import score_document

from eval_fixtures import attribution

TEXT = "The mayor said the bridge is safe. It will reopen in May, she added. Critics disagreed."
SENTENCES = [(0, 34), (35, 68), (69, 87)]


def test_sentence_fixture_matches_text():
    assert [TEXT[s:e] for s, e in SENTENCES][2] == "Critics disagreed."


def test_within_one_sentence():
    assert within_one_sentence([(0, 9), (10, 14)], SENTENCES)
    assert not within_one_sentence([(0, 9), (35, 40)], SENTENCES)
    assert not within_one_sentence([(30, 40)], SENTENCES)  # straddles a boundary
    assert not within_one_sentence([], SENTENCES)


def test_cofenet_leaves_cross_sentence_attributions_out_on_both_sides():
    inside = attribution(TEXT, "The mayor", "said", "the bridge is safe")
    across = attribution(TEXT, "The mayor", "said", "the bridge is safe. It will reopen in May")
    tally = score_document(TEXT, [inside, across], [inside], SENTENCES)
    assert tally["cofenet/content"].gold == 1
    assert tally["cofenet/content"].prf() == (1.0, 1.0, 1.0)
    assert tally["exact/content"].prf()[1] == 0.5  # the document-level score keeps both

    wrong_but_across = attribution(TEXT, "she", "added", "the bridge is safe. It will reopen in May")
    tally = score_document(TEXT, [inside], [inside, wrong_but_across], SENTENCES)
    assert tally["cofenet/attribution"].prf() == (1.0, 1.0, 1.0)
    assert tally["attribution/exact"].prf()[0] == 0.5


def test_cofenet_keys_only_with_sentences():
    gold = [attribution(TEXT, "The mayor", "said", "the bridge is safe")]
    assert "cofenet/source" not in score_document(TEXT, gold, gold)
