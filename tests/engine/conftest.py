import pytest


@pytest.fixture(scope="session")
def engine():
    """One engine of the default profile for every engine test that asks for it (loaded once)."""
    from sourcetrace.engine.engine import Engine
    return Engine(profile="fast")
