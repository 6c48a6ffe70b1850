"""Every failure the fuzzer ever saved (tests/fuzz/repros/*.json, shrunk) passes now."""
from pathlib import Path

import pytest

from sourcetrace.engine.component import default_engine
from sourcetrace.lab.fuzz import Case, check

REPROS = sorted((Path(__file__).parent / "repros").glob("*.json"))


@pytest.mark.parametrize("path", REPROS, ids=[p.stem for p in REPROS])
def test_repro(path):
    assert check(default_engine(), Case.from_json(path.read_text(encoding="utf-8"))) is None
