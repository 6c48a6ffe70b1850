import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

EXAMPLE = Path(__file__).resolve().parents[3] / ".." / "shared" / "examples" / "afghan-commandos.txt"


@pytest.fixture(scope="session")
def nlp():
    from sourcetrace.engine.parse import load_nlp
    return load_nlp()


@pytest.fixture(scope="session")
def example_text():
    if not EXAMPLE.exists():
        pytest.skip("example article missing (../shared/examples/)")
    return EXAMPLE.read_text(encoding="utf-8")
