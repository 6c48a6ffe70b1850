"""After a denial, one who speaks for another negates the other's deed in their name: a lawyer's
"My client never received a penny" denies, as the accused's own "I never received a penny" would.
Someone else's client, or a client's thought, denies nothing."""
import pytest

CASE = ("Rui Alves has denied any wrongdoing. His lawyer said the charges were baseless.\n\n")


def test_a_clients_deed_negated_by_the_lawyer_is_a_denial(stance_of):
    text = CASE + '"My client never received a single payment from anyone," the lawyer, Ana Costa, told reporters.'
    assert stance_of(text, "My client never") == "deny"


@pytest.mark.parametrize("text, opening", [
    (CASE + '"Your client never paid his bills," the judge, Ana Costa, told the lawyer.', "Your client never"),
    (CASE + '"My client never expected to be charged," the lawyer, Ana Costa, told reporters.', "My client never"),
])
def test_no_denial_for_anothers_client_or_a_thought(stance_of, text, opening):
    assert stance_of(text, opening) == "assert"
