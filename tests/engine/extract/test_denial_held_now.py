"""A denial held now (the present tense), told by whoever speaks for the denier, is the statement's
stance: "a spokesman said the minister 'firmly rejects' any suggestion …". A rejection told in the
past reports an event; one of no claim is a decision; a document set against another denies nothing."""
import pytest


def test_a_denial_held_now_told_for_the_denier_is_a_denial(stance_of):
    text = 'A spokesman said the minister "firmly rejects" any suggestion that the grant was promised to a donor.'
    assert stance_of(text, "the minister", statements_only=True) == "deny"


@pytest.mark.parametrize("text, opening", [
    ("A spokesman said the council rejects the developer's offer.", "the council"),
    ("Her brother says the autopsy report contradicts the police account of the night.", "the autopsy"),
])
def test_a_decision_or_a_document_is_no_denial_held_now(stance_of, text, opening):
    assert stance_of(text, opening, statements_only=True) == "assert"
