"""`sourcetrace match` as a user runs it: a TREC run out, a one-line error for a bad file."""
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[3] / "src"


def run(*args):
    env = {**os.environ, "PYTHONPATH": str(SRC), "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "sourcetrace", "match", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_prints_a_trec_run_with_the_paraphrase_first(tmp_path):
    claims = tmp_path / "claims.tsv"
    claims.write_text("c1\tThe harbour pilots voted to strike over night shifts.\n"
                      "c2\tHeavy rain flooded the main market in Accra.\n"
                      "c3\tKenya raised its fuel tax by 8 percent.\n", encoding="utf-8")
    queries = tmp_path / "queries.tsv"
    queries.write_text("q1\tPilots at the harbour will walk out over night rosters\n"
                       "q2\tFloods hit Accra's central market after heavy rain\n", encoding="utf-8")
    out = run("--claims", str(claims), "--queries", str(queries), "--top", "2")
    assert out.returncode == 0, out.stderr
    lines = [line.split() for line in out.stdout.splitlines()]
    assert [(l[0], l[2], l[3]) for l in lines if l[3] == "1"] == [("q1", "c1", "1"), ("q2", "c2", "1")]
    assert all(len(l) == 6 and l[1] == "Q0" and l[5] == "sourcetrace" for l in lines)
    assert len(lines) == 4
    assert float(lines[0][4]) >= float(lines[1][4])


def test_bad_input_is_one_line_not_a_traceback(tmp_path):
    from typer.testing import CliRunner
    from sourcetrace.apps.cli import app
    claims = tmp_path / "claims.tsv"
    claims.write_text("c1 no tab here\n", encoding="utf-8")
    runner = CliRunner()
    out = runner.invoke(app, ["match", "--claims", str(claims), "--queries", str(claims)])
    assert out.exit_code == 2
    assert "expected `id<TAB>text`" in out.output and "Traceback" not in out.output
    out = runner.invoke(app, ["match", "--claims", str(tmp_path / "missing.tsv"), "--queries", str(claims)])
    assert out.exit_code == 2 and "cannot read claims" in out.output
