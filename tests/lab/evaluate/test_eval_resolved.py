"""Resolved-speaker scoring on a gold list written for the test."""
import json

import pytest
from typer.testing import CliRunner

from sourcetrace.apps.cli import app
from sourcetrace.lab.evaluate.resolved import SpeakerItem, load_speaker_gold, same_speaker, score_speakers
from sourcetrace.ingest import InputError

TEXT = ("Maria Santos has run the bakery for twenty years.\n\n"
        "“Flour has doubled since spring,” she said.\n\n"
        "The mayor, Tom Hale, said grants would come next month. A council spokesperson declined to comment.")
ITEMS = [
    {"quote": "Flour has doubled", "speaker": "Maria Santos", "named": True, "how": "pronoun"},
    {"quote": "grants would come", "speaker": "Tom Hale", "named": True, "how": "named_here"},
    {"quote": "the bakery for twenty", "speaker": "Maria Santos", "named": True, "how": "named_here"},
]


def write(tmp_path, items=ITEMS):
    (tmp_path / "01.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "01.json").write_text(json.dumps({"items": items}), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("gold, name, named, right", [
    ("Ana Ruiz", "Ruiz", True, True),
    ("Ana Ruiz", "Dr. Ana Ruiz", True, True),
    ("Ana Ruiz", "Marta Ruiz", True, False),
    ("Hartley Water Company", "company", False, False),
    ("a spokesman for the ministry", "spokesman for the ministry", False, True),
])
def test_same_speaker(gold, name, named, right):
    assert same_speaker(SpeakerItem("x", gold, gold[0].isupper(), "role"), name, named) is right


def test_scores_found_right_and_lists_misses(tmp_path):
    summary = score_speakers(load_speaker_gold(write(tmp_path)), "fast")
    assert summary["all"] == {"items": 3, "found": 2, "right": 2, "right_of_found": 100.0, "right_of_all": 66.7}
    assert summary["by_how"]["pronoun"]["right"] == 1
    assert [m["quote"] for m in summary["misses"]] == ["the bakery for twenty"]


def test_bad_gold_is_a_one_line_error(tmp_path):
    with pytest.raises(InputError):
        load_speaker_gold(tmp_path)
    (tmp_path / "01.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "01.json").write_text('{"items": [{"quote": 1}]}', encoding="utf-8")
    result = CliRunner().invoke(app, ["speakers", str(tmp_path)])
    assert result.exit_code == 2 and "not a speaker gold file" in result.output
    assert "Traceback" not in result.output


def test_command_prints_json(tmp_path):
    result = CliRunner().invoke(app, ["speakers", str(write(tmp_path)), "--json"])
    assert result.exit_code == 0 and json.loads(result.output)["all"]["items"] == 3


def test_a_statement_reported_inside_another_is_the_outer_speakers(tmp_path):
    text = "Inspector Dan Okoro said officers believed the box had been lifted with a crowbar."
    (tmp_path / "01.txt").write_text(text, encoding="utf-8")
    item = {"quote": "the box had been lifted", "speaker": "Dan Okoro", "named": True, "how": "named_here"}
    (tmp_path / "01.json").write_text(json.dumps({"items": [item]}), encoding="utf-8")
    assert score_speakers(load_speaker_gold(tmp_path), "fast")["all"]["right"] == 1
