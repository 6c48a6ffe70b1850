"""A plain negation of a deed done, by a named doer, quoted in part, answers another's claim about
that deed just before it ("officers were injured by stones … the union had 'not thrown stones'");
with no such claim before it, or said of "they", it stays an assertion."""
import pytest


def test_a_deed_denied_after_anothers_claim_about_it_is_a_denial(stance_of):
    text = ("Police said two officers were hit by bottles during the march. "
            'Union leader Kofi Asante said the marchers had "not thrown bottles" at anyone.')
    assert stance_of(text, "the marchers had") == "deny"


@pytest.mark.parametrize("text, opening", [
    # no claim about the deed before it
    ('Union leader Kofi Asante said the marchers had "not thrown bottles" at anyone.', "the marchers had"),
    # a claim about something else
    ("Police said the march had blocked the bridge for an hour. "
     'Union leader Kofi Asante said the marchers had "not thrown bottles" at anyone.', "the marchers had"),
    # a deed still to come
    ("Police said the judgment on the bottles had been handed down. "
     'His lawyer Ama Boateng said he had "not yet read" the judgment.', "he had"),
    # others' lot, not a deed the speaker answers for
    ("Police said two officers were hit by bottles during the march. "
     'Union leader Kofi Asante said they had "not found the bottles" anywhere.', "they had"),
])
def test_other_plain_negations_stay_assertions(stance_of, text, opening):
    assert stance_of(text, opening) == "assert"
