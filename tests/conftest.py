from pathlib import Path

import pytest

from sourcetrace import analyze

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def example_path() -> Path:
    path = SHARED / "examples" / "afghan-commandos.txt"
    if not path.exists():
        pytest.skip("../shared/examples is not beside the repo")
    return path


@pytest.fixture(scope="session")
def example(example_path):
    return analyze(example_path.read_text(encoding="utf-8"))
