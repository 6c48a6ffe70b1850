"""kill -9 a real ingest process part-way, run it again: every input is stored exactly once."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from sourcetrace.corpus.store import Store

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures" / "articles"
ARTICLES = 60


def _inputs(folder: Path) -> set[str]:
    """Distinct small articles (varied so no two share a text), plus two unreadable files."""
    folder.mkdir()
    base = [(FIXTURES / n).read_text(encoding="utf-8") for n in ("harbour.txt", "flood.txt")]
    for i in range(ARTICLES):
        (folder / f"a{i:02}.txt").write_text(base[i % 2].replace("Monday", f"day {i}").replace("Sunday", f"day {i}"),
                                             encoding="utf-8")
    (folder / "z-binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (folder / "z-empty.txt").write_text("\n")
    return {str(p) for p in folder.iterdir()}


def _ingest(folder: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-m", "sourcetrace", "corpus", "ingest", str(folder), "--db", str(db),
                             "--workers", "1", "--no-index", "--commit-every", "1"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def _stored(db: Path) -> tuple[list[str], list[str]]:
    with duckdb.connect(str(db), read_only=True) as con:
        articles = [r for (r,) in con.execute("SELECT ref FROM articles WHERE state = 'analysed'").fetchall()]
        errors = [r for (r,) in con.execute("SELECT ref FROM ingest_log WHERE is_current").fetchall()]
    return articles, errors


def _kill_after_first_commit(process: subprocess.Popen, db: Path, timeout: float = 90) -> None:
    """SIGKILL the whole process group (the CLI and its workers) as soon as an article is committed."""
    wal = db.with_name(db.name + ".wal")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > 0:
            break
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def test_killed_ingest_finishes_exactly_once_on_rerun(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "corpus.duckdb"
    inputs = _inputs(folder)
    Store(str(db)).close()  # migrated and checkpointed: the first write to the WAL is an article
    first = _ingest(folder, db)
    _kill_after_first_commit(first, db)
    assert first.returncode == -signal.SIGKILL, first.stderr.read()
    articles, errors = _stored(db)
    assert 0 < len(articles) + len(errors) < len(inputs), "the kill should land part-way"

    second = _ingest(folder, db)
    out, err = second.communicate(timeout=180)
    assert second.returncode == 0, err
    assert "skipped as already there" in out
    articles, errors = _stored(db)
    assert len(articles) == len(set(articles)) == ARTICLES
    assert sorted(errors) == sorted(str(folder / n) for n in ("z-binary.txt", "z-empty.txt"))
    assert set(articles) | set(errors) == inputs
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM analyses").fetchone()[0] == ARTICLES
        orphans = con.execute("SELECT count(*) FROM articles WHERE state = 'analysed' AND analysis_id NOT IN "
                              "(SELECT id FROM analyses)").fetchone()[0]
        assert orphans == 0

    third = _ingest(folder, db)
    out, _ = third.communicate(timeout=120)
    assert out.strip() == f"0 stored, {len(inputs)} skipped as already there, 0 errors, 0 not English"
