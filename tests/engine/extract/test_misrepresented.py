"""A claim, finding or measure said to misstate the facts, or not to reflect them, is denied; a thing
that is neither, or a forecast, is no denial."""
import pytest


@pytest.mark.parametrize("text, opening", [
    ("The growers' council said the report exaggerated the damage done by irrigation.", "the report"),
    ('The education office said the charity\'s survey "does not reflect" the enrolment registers.', "the charity"),
    ("The hospital said the union's figures misrepresented waiting times on the ward.", "the union"),
])
def test_a_claim_said_to_misstate_the_facts_is_a_denial(stance_of, text, opening):
    assert stance_of(text, opening, statements_only=True) == "deny"


@pytest.mark.parametrize("text, opening", [
    ("The surveyor said the new fence does not match the boundary of 1902.", "the new fence"),
    ("The economist said the survey will overstate growth in the first quarter.", "the survey"),
])
def test_what_names_no_claim_or_looks_ahead_is_no_denial(stance_of, text, opening):
    assert stance_of(text, opening, statements_only=True) == "assert"
