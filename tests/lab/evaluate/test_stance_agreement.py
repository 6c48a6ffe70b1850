import json
from pathlib import Path

from sourcetrace.lab.evaluate.stance_agreement import agreement, measure, second_labels

SETS = Path(__file__).parent


def test_agreement_scores_the_second_annotator_as_a_model_is_scored():
    writer = ["deny", "deny", "assert", "no_response", "assert"]
    second = ["deny", "assert", "deny", "no_response", "assert"]
    result = agreement(writer, second)
    assert result["same_stance"] == 3
    assert result["labels"]["deny"] == {"predicted": 2, "right": 1, "gold": 2, "precision": 50.0}
    assert result["labels"]["no_response"]["precision"] == 100.0


def test_labels_are_read_by_set_and_article_and_only_labelled_statements_count(tmp_path):
    (tmp_path / "precision_set_02.stance.json").write_text(json.dumps([{"id": 0, "stance": "assert"}]))
    assert second_labels(tmp_path) == {("precision_set", "02"): {0: "assert"}}
    result = measure(tmp_path, SETS)
    assert result["articles"] == 1
    # the writer's one statement there is a denial the second annotator calls an assertion
    assert result["second_annotator"]["labels"]["deny"] == {"predicted": 0, "right": 0, "gold": 1, "precision": None}
    assert result["engine"]["labels"]["deny"]["gold"] == 1
