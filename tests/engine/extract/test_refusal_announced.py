"""One who says another will not comment gives that silence once, as a non-response; a silence
so far, in the past or as a habit, reported by another, is no refusal announced."""
import pytest


def _statements(engine, text):
    return [(a.stance, a.content.text) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text, content", [
    ("Reyes was not at the courthouse. His publicist said he backed the statement. "
     "She said he would not be commenting further.", "he would not be commenting further"),
    ("A spokeswoman said the mayor would not comment on the audit.", "the mayor would not comment on the audit"),
    ("The coach said the striker is not commenting on the transfer.", "the striker is not commenting on the transfer"),
])
def test_a_refusal_announced_for_another_is_one_non_response(engine, text, content):
    said = _statements(engine, text)
    assert ("no_response", content) in said
    assert not any(c != content and content.endswith(c) for _, c in said)  # no second find for its tail


@pytest.mark.parametrize("text, content", [
    ("The tenant said the landlord has not responded to her letters.", "the landlord has not responded to her letters"),
    ("The tenant said the landlord does not answer letters.", "the landlord does not answer letters"),
    ("She said he could not comment on the case.", "he could not comment on the case"),  # an ability, not a will
])
def test_a_silence_so_far_or_a_habit_reported_by_another_is_asserted(engine, text, content):
    assert ("assert", content) in _statements(engine, text)
