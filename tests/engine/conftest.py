import pytest


@pytest.fixture(scope="session")
def engine():
    """One engine of the default profile for every engine test that asks for it (loaded once)."""
    from sourcetrace.engine.engine import Engine
    return Engine(profile="fast")


@pytest.fixture(scope="session")
def stance_of(engine):
    """The stance of the first attribution (statements only, if asked) whose content opens with
    `opening`: the label tests ask it instead of each defining its own."""
    def stance(text: str, opening: str, statements_only: bool = False) -> str:
        return next(a.stance for a in engine.analyze(text).attributions
                    if (a.statement or not statements_only) and a.content.text.startswith(opening))
    return stance
