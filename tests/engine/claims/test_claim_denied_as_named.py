"""A denial's content holds the claim as named ("claims that the company had failed"), but the claim the
store keeps and matches across outlets is what the "that" clause says; a plain denial's claim is its content."""
import pytest


def _claims(engine, text):
    return [c.text for c in engine.analyze(text).claims]


@pytest.mark.parametrize("text, claim", [
    ("The chief executive rejected claims that the company had failed its customers.",
     "that the company had failed its customers"),
    ("The coach denied reports in a local paper that he would step down in May.", "that he would step down in May"),
])
def test_the_claim_of_a_named_denial_is_its_clause(engine, text, claim):
    claims = _claims(engine, text)
    assert claim in claims and not any(c.startswith(("claims", "reports")) for c in claims)


def test_a_plain_denials_claim_is_its_content(engine):
    assert "that the club had been sold" in _claims(engine, "The chairman denied that the club had been sold.")
