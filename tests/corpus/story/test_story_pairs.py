"""The news-pair decision (corpus/story/pairs.py) on hand-made pairs: its features, the hard checks' readings, and
the shipped model's shape."""
import json

import numpy as np
import pytest

from sourcetrace.corpus.story import pairs
from sourcetrace.corpus.story.pairs import FEATURES, FLAGS, LIKENESS, decide, features, load_pair_model, names

WIRE = "About 60 former coastguard divers have been recruited by Brask Salvage to work on wrecks in the Corra Strait"
TRIMMED = "About 60 former coastguard divers have been recruited by Brask Salvage"
OTHER_EMPLOYER = ("About 60 former coastguard divers have been recruited by the Tessen Navy to clear mines in "
                  "the Corra Strait")
REVISED = "More than 200 former coastguard divers have been recruited by Brask Salvage"
DENIED = "Former coastguard divers have not been recruited by Brask Salvage"
UNRELATED = "The city council approved a new budget for public libraries on Tuesday"


def value(row, name):
    return row[FEATURES.index(name)]


def test_features_do_not_depend_on_the_order_of_the_pair():
    for a, b in ((WIRE, TRIMMED), (WIRE, OTHER_EMPLOYER), (REVISED, DENIED), (WIRE, UNRELATED)):
        assert np.allclose(features(a, b), features(b, a))


def test_names_skip_a_capitalised_opening_word():
    assert names("About 60 divers joined Brask Salvage in the Corra Strait") == ["Brask Salvage", "Corra Strait"]
    assert names("Tessen Navy divers will clear mines") == ["Tessen Navy"]
    assert names("The Tessen Navy hired divers") == ["Tessen Navy"]


def test_the_edit_shape_features():
    assert value(features(WIRE, TRIMMED), "inside") == 1.0
    swapped = features(WIRE, OTHER_EMPLOYER)
    assert value(swapped, "names_swapped") == 1.0 and value(swapped, "inside") == 0.0
    reordered = features("Portavel United beat Hollin Rovers in the final", "Hollin Rovers beat Portavel United in the final")
    assert value(reordered, "reordered") == 1.0
    assert value(features(WIRE, REVISED), "number") == 1.0


def test_a_trimmed_copy_scores_above_the_near_miss_and_an_unrelated_claim():
    model = pairs.shipped_model()
    score = {other: float(model.probability(features(WIRE, other))[0]) for other in (TRIMMED, OTHER_EMPLOYER, UNRELATED)}
    assert score[TRIMMED] > score[OTHER_EMPLOYER] > score[UNRELATED]


def test_the_readings_of_the_hard_checks():
    revised = decide(WIRE, REVISED)
    assert revised is not None and revised.relation == "same" and revised.status == "suggested"
    assert revised.checks == ("number",)  # a revised figure is for a person to decide
    denied = decide(WIRE, DENIED)
    assert denied is not None and denied.relation == "contradicts" and denied.checks == ("negation",)
    assert decide(WIRE, UNRELATED) is None


def test_every_decision_follows_the_thresholds():
    model = pairs.shipped_model()
    for other in (TRIMMED, OTHER_EMPLOYER, REVISED, DENIED):
        decision = decide(WIRE, other, model)
        if decision is not None and decision.relation == "same" and decision.checks != ("number",):
            assert decision.score >= model.low
            assert (decision.status == "made") == (decision.score >= model.high)


def test_the_shipped_model_has_the_signs_decide_relies_on():
    model = pairs.shipped_model()
    assert 0.0 < model.low <= model.high <= 1.0
    assert all(model.weights[FEATURES.index(f)] <= 0 for f in FLAGS)
    assert all(model.weights[FEATURES.index(f)] >= 0 for f in LIKENESS)


def test_a_model_file_for_other_features_is_refused(tmp_path):
    data = json.loads(pairs.MODEL_FILE.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    path = tmp_path / "pairs.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="fitted on features"):
        load_pair_model(path)
