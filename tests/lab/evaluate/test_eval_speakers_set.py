"""The shipped model on the repo's own resolved-speaker sets (eval/speakers/a to g), as a floor."""
from pathlib import Path

import pytest

from sourcetrace.lab.evaluate.resolved import load_speaker_gold, score_speakers

SETS = Path(__file__).resolve().parents[3] / "eval" / "speakers"


# Items in each set, and the default model's score on it when it was first run blind
# (README, Accuracy): a drop below that fails.
@pytest.mark.parametrize("name, items, blind", [
    ("a", 95, 82), ("b", 98, 84), ("c", 117, 95), ("d", 109, 83), ("e", 129, 106), ("f", 134, 120), ("g", 139, 115)])
def test_a_speaker_set_is_whole_and_the_default_model_keeps_its_blind_score(name, items, blind):
    articles = load_speaker_gold(SETS / name)
    assert len(articles) == 12 and sum(len(a.items) for a in articles) == items
    summary = score_speakers(articles, "fast")
    assert summary["all"]["right"] >= blind, summary["misses"]
