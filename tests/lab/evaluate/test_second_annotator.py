import json
from pathlib import Path

from sourcetrace.lab.evaluate.second_annotator import main, measure, second_labels, speaker_agreement, stance_agreement

SETS = Path(__file__).parent


def test_stances_are_scored_as_the_engine_labels_are():
    writer = ["deny", "deny", "assert", "no_response", "assert"]
    second = ["deny", "assert", "deny", "no_response", "assert"]
    result = stance_agreement(writer, second)
    assert result["right"] == 3
    assert result["labels"]["deny"] == {"predicted": 2, "right": 1, "gold": 2, "precision": 50.0}
    assert result["labels"]["no_response"]["precision"] == 100.0


def test_speakers_are_scored_by_the_precision_scorer():
    result = speaker_agreement(["Amara Okafor", "the Ministry of Water"], ["Ms Okafor", "the water board"])
    assert (result["right"], result["accuracy"]) == (1, 50.0)


def test_only_labelled_statements_count_beside_the_engine_on_the_same_articles(tmp_path):
    (tmp_path / "precision_set_02.stance.json").write_text(json.dumps([{"id": 0, "stance": "assert"}]))
    assert second_labels(tmp_path, "stance") == {("precision_set", "02"): {0: "assert"}}
    result = measure(tmp_path, SETS, "stance")
    assert result["articles"] == 1
    # the writer's one statement there is a denial the second annotator calls an assertion
    assert result["second_annotator"]["labels"]["deny"] == {"predicted": 0, "right": 0, "gold": 1, "precision": None}
    assert result["engine"]["labels"]["deny"]["gold"] == 1


def test_a_folder_without_labels_is_a_one_line_error(tmp_path, capsys):
    assert main([str(tmp_path), str(SETS)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
