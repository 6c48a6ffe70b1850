"""The shipped model on the repo's own resolved-speaker set (eval/speakers), as a floor."""
from pathlib import Path

from sourcetrace.evaluate.resolved import load_speaker_gold, score_speakers

SET = Path(__file__).resolve().parents[2] / "eval" / "speakers"


def test_the_speaker_set_is_whole_and_the_default_model_keeps_its_score():
    articles = load_speaker_gold(SET)
    assert len(articles) == 12 and sum(len(a.items) for a in articles) == 95
    summary = score_speakers(articles, "fast")
    # Measured 86.3% right when the set was first run, before any fix was made against it.
    assert summary["all"]["right_of_all"] >= 85.0, summary["misses"]
