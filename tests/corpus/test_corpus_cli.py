"""`sourcetrace corpus …` commands, and their one-line errors for a bad or busy database."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from sourcetrace.apps.cli import app
from sourcetrace.corpus.store import Store

runner = CliRunner()


@pytest.fixture
def filled(tmp_path, analysed):
    db = tmp_path / "corpus.duckdb"
    with Store(str(db)) as store, store.transaction():
        for article, analysis in analysed:
            store.put_analysis(article, analysis, "0.2.0", "fast")
    return db


def one_line_error(result) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.output
    return lines[0]


def test_status_json(filled):
    result = runner.invoke(app, ["corpus", "status", "--db", str(filled), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["articles"] == figures["analysed"] == 2
    assert figures["outlets"] == {"Cale Valley News": 1, "Kellaway Courier": 1}


def test_status_table(filled):
    result = runner.invoke(app, ["corpus", "status", "--db", str(filled)])
    assert result.exit_code == 0 and "Kellaway Courier 1" in result.stdout


def test_export_csv(filled, tmp_path):
    out = tmp_path / "attributions.csv"
    result = runner.invoke(app, ["corpus", "export", "--table", "attributions", "-f", "csv", "-o", str(out),
                                 "--db", str(filled)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and all(r["ref"].startswith("fixture/") and r["content"] for r in rows)


def test_export_to_a_missing_folder(filled, tmp_path):
    result = runner.invoke(app, ["corpus", "export", "--table", "claims", "-o", str(tmp_path / "no" / "x.csv"),
                                 "--db", str(filled)])
    assert "no such folder" in one_line_error(result)


def test_search(filled):
    result = runner.invoke(app, ["corpus", "search", "union", "--db", str(filled), "--json"])
    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert hits and {h["ref"] for h in hits} == {"fixture/harbour.txt"}


def test_a_locked_database_is_a_one_line_error_and_loses_nothing(filled):
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); "
                               "print('open', flush=True); time.sleep(60)", str(filled)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        for command in (["status"], ["ingest", str(filled.parent)]):
            result = runner.invoke(app, ["corpus", *command, "--db", str(filled)])
            assert "lock" in one_line_error(result)
    finally:
        holder.kill()
        holder.wait()
    with Store(str(filled)) as store:
        assert store.scalar("SELECT count(*) FROM articles") == 2


@pytest.mark.parametrize("target, words", [
    ("postgresql://nobody@127.0.0.1:9/none", "cannot connect"),
    ("{tmp}/not-a-db.duckdb", "not a valid DuckDB"),
    ("{tmp}/missing/corpus.duckdb", "does not exist"),
    ("{tmp}", "is a directory"),
    ("mysql://localhost/x", "not a database"),
])
def test_a_bad_database_is_a_one_line_error(tmp_path, target, words):
    (tmp_path / "not-a-db.duckdb").write_text("just text\n" * 1000)
    result = runner.invoke(app, ["corpus", "status", "--db", target.format(tmp=tmp_path)])
    assert words in one_line_error(result)


def test_ray_mode_without_ray_installed(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # what `import ray` meets where Ray is not installed
    (tmp_path / "a.txt").write_text('"Hello," she said.\n')
    result = runner.invoke(app, ["corpus", "ingest", str(tmp_path), "--engine", "ray",
                                 "--db", str(tmp_path / "c.duckdb")])
    assert "--engine ray is not available" in one_line_error(result)


def test_ingest_prints_a_summary_line(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text('"The bridge stays shut," the mayor said on Monday.\n')
    (tmp_path / "in" / "b.txt").write_bytes(b"\x00\x00\x00")
    db = str(tmp_path / "c.duckdb")
    started = time.monotonic()
    inputs = [str(tmp_path / "in"), str(tmp_path / "missing.txt")]
    result = runner.invoke(app, ["corpus", "ingest", *inputs, "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "1 stored, 0 skipped as already there, 2 errors, 0 not English"
    result = runner.invoke(app, ["corpus", "ingest", *inputs, "--db", db, "--json"])
    assert json.loads(result.stdout)["skipped"] == 3
    assert time.monotonic() - started < 120


def test_the_database_from_the_environment(filled, monkeypatch):
    monkeypatch.setenv("SOURCETRACE_DB", str(filled))
    result = runner.invoke(app, ["corpus", "status", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["database"] == str(filled)
