"""A claim said to be no fair portrayal ("that was 'not a fair reading' of the facts") is denied,
also when a participle goes on after a comma; a portrayal weighed some other way, or granted, is not."""
import pytest


@pytest.mark.parametrize("text, opening", [
    ('The councillor said the closures proved the plan had failed. A council spokesman said that was '
     '"not a fair reading" of the figures, pointing out that two libraries had reopened.', "that was"),
    ("Parents said the school was failing. The head said that was not an accurate picture of the classrooms.",
     "that was"),
    ("The union said the wards were short. The board said that was not correct, adding that staff numbers "
     "had risen.", "that was"),
])
def test_a_claim_said_to_be_no_fair_portrayal_is_denied(stance_of, text, opening):
    assert stance_of(text, opening) == "deny"


@pytest.mark.parametrize("text, opening", [
    ("The union read the ruling one way. The board said that was not a popular reading of the law.", "that was"),
    ("The board said the report was a fair reading of the facts.", "the report was"),
    ("The mayor said it was not right to close the pool, adding that swimmers had nowhere else to go.",
     "it was not right"),
])
def test_a_portrayal_weighed_otherwise_or_granted_is_no_denial(stance_of, text, opening):
    assert stance_of(text, opening) == "assert"
