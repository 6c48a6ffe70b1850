"""A past deed said not to answer to a cause denies the motive put to it; a judgment of now, or a
deed said to answer to one, does not."""
import pytest


@pytest.mark.parametrize("text, opening", [
    ('"We need a board that can act quickly," chair Lise Horn told reporters, adding that the changes were '
     'not a response to falling membership.', "that the changes"),
    ("The port authority said the closure was not retaliation for the strike.", "the closure was"),
])
def test_a_motive_denied_for_a_past_deed_is_a_denial(stance_of, text, opening):
    assert stance_of(text, opening) == "deny"


@pytest.mark.parametrize("text, opening", [
    ("The economist said tax cuts are not a response to inflation.", "tax cuts are"),
    ("The port authority said the closure was a response to the strike.", "the closure was"),
])
def test_a_judgment_of_now_or_a_motive_owned_asserts(stance_of, text, opening):
    assert stance_of(text, opening) == "assert"
