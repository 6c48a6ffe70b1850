"""`sourcetrace eval` end to end on a tiny corpus written here."""
import json

import pytest
from typer.testing import CliRunner

from sourcetrace.apps.cli import app
from sourcetrace.lab.evaluate import cli as eval_cli
from sourcetrace.lab.evaluate.brat import read_corpus

from eval_fixtures import attribution

ONE = "The mayor said the bridge would reopen in May. Critics disagreed."
TWO = "“It is safe,” the engineer said on Tuesday."


def brat_line(events: list) -> str:
    """A minimal .ann for the given GoldAttributions."""
    lines, t = [], 0
    for e, att in enumerate(events, 1):
        args = []
        for role, frags in (("Source", att.source), ("Cue", att.cue), ("Content", att.content)):
            if frags:
                t += 1
                spec = ";".join(f"{s} {e_}" for s, e_ in frags)
                lines.append(f"T{t}\t{role} {spec}\tx")
                args.append(f"{role}:T{t}")
        lines.append(f"E{e}\tAttribution:T{t} " + " ".join(args))
    return "\n".join(lines) + "\n"


GOLD_ONE_A = [attribution(ONE, "The mayor", "said", "the bridge would reopen in May"),
              attribution(ONE, None, "disagreed", "Critics disagreed")]
GOLD_ONE_B = GOLD_ONE_A[:1]
GOLD_TWO = [attribution(TWO, "the engineer", "said", "“It is safe,”")]


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "text" / "two.txt").write_text(TWO, encoding="utf-8")
    (tmp_path / "attributions" / "one_aa.ann").write_text(brat_line(GOLD_ONE_A), encoding="utf-8")
    (tmp_path / "attributions" / "one_bb.ann").write_text(brat_line(GOLD_ONE_B), encoding="utf-8")
    (tmp_path / "attributions" / "two_aa.ann").write_text(brat_line(GOLD_TWO), encoding="utf-8")
    return tmp_path


def test_fixture_corpus_round_trips(corpus):
    assert [d.attributions for d in read_corpus(corpus)] == [GOLD_ONE_A, GOLD_ONE_B, GOLD_TWO]


def test_eval_json_with_the_real_engine(corpus):
    result = CliRunner().invoke(app, ["eval", str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert set(summary) == {"exact", "overlap", "attribution", "cofenet", "direct_speaker_accuracy",
                            "documents", "model"}
    assert summary["documents"] == 2 and summary["model"] == "fast"
    for kind in ("exact", "overlap"):
        for role in ("source", "cue", "content"):
            assert set(summary[kind][role]) == {"p", "r", "f1"}
            assert all(0 <= v <= 100 for v in summary[kind][role].values())
    assert set(summary["cofenet"]) == {"source", "cue", "content", "attribution"}


def test_eval_averages_annotators_and_counts_each_article_once(corpus, monkeypatch):
    # Predict exactly annotator aa's gold: article one has 2 predictions against
    # gold of 2 (aa) and 1 (bb), article two 1 against 1. Averaged per article:
    # gold 1.5 + 1, hits 1.5 + 1, predicted 3 → P = 2.5/3, R = 1.
    by_text = {ONE: GOLD_ONE_A, TWO: GOLD_TWO}
    monkeypatch.setattr(eval_cli, "predicted_attributions", lambda analysis: by_text[analysis.text])
    result = CliRunner().invoke(app, ["eval", str(corpus), "--json", "--model", "rules"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["exact"]["content"] == {"p": 83.3, "r": 100.0, "f1": 90.9}
    assert summary["attribution"]["overlap"] == {"p": 83.3, "r": 100.0, "f1": 90.9}
    assert summary["cofenet"]["cue"]["r"] == 100.0
    assert summary["direct_speaker_accuracy"] == 100.0
    assert summary["model"] == "rules"


def test_eval_limit_and_table(corpus, monkeypatch):
    monkeypatch.setattr(eval_cli, "predicted_attributions", lambda analysis: [])
    result = CliRunner().invoke(app, ["eval", str(corpus), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "1 articles" in result.stdout
    for row in ("source", "content", "attribution", "cofenet cue"):
        assert row in result.stdout


@pytest.mark.parametrize("make", [lambda p: p / "missing", lambda p: p])
def test_bad_gold_dir_exits_2_with_one_line(tmp_path, make):
    result = CliRunner().invoke(app, ["eval", str(make(tmp_path))])
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert message.startswith("error:") and "\n" not in message
    assert result.stdout == ""


def test_agreement_scores_the_second_annotator_against_the_first(corpus):
    # Only article one has two annotators; bb marked one of aa's two attributions.
    result = CliRunner().invoke(app, ["eval", str(corpus), "--agreement", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["documents"] == 1 and "cofenet" not in summary
    assert summary["exact"]["content"] == {"p": 100.0, "r": 50.0, "f1": 66.7}
    table = CliRunner().invoke(app, ["eval", str(corpus), "--agreement"])
    assert "second annotator against the first" in table.stdout and "cofenet" not in table.stdout


def test_agreement_without_double_annotation_is_a_one_line_error(corpus):
    (corpus / "attributions" / "one_bb.ann").unlink()
    result = CliRunner().invoke(app, ["eval", str(corpus), "--agreement"])
    assert result.exit_code == 2 and "no article has two annotators" in result.stderr
