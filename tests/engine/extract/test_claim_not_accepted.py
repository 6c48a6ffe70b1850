"""A claim not accepted is denied ("did not accept this explanation", "does not accept that …"); a deal
not accepted, a refusal to come, or the clause of someone described is no denial."""
import pytest


@pytest.mark.parametrize("text, opening", [
    ("The regulator said it did not accept the airline's explanation for the delays.", "it did not"),
    ('"We do not accept the conclusions of this report," the chief constable said.', "We do not"),
    ("The trust said it did not accept that patients had been put at risk.", "it did not"),
])
def test_a_claim_not_accepted_is_a_denial(stance_of, text, opening):
    assert stance_of(text, opening, statements_only=True) == "deny"


@pytest.mark.parametrize("text, opening", [
    ("The union said it did not accept the pay offer.", "it did not"),
    ('"We will not accept any more delays," the councillor said.', "We will not"),
    ("His friend said he was a man who did not accept that the war was over.", "he was a man"),
])
def test_a_deal_a_warning_or_a_description_is_no_denial(stance_of, text, opening):
    assert stance_of(text, opening, statements_only=True) == "assert"
