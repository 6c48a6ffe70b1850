"""Calling something so, made the subject of a verdict of untrue, denies it ("to describe this as a
crisis is not accurate"); a verdict on an act, one taken back, or a forecast does not. And a
conflict of interest said not to exist is an innocence, like "no role in"."""
import pytest


@pytest.mark.parametrize("text, opening", [
    ('"Nobody is pretending the work is finished. But to describe this as a crisis is simply not accurate," '
     'the minister said.', "Nobody is pretending"),
    ('"Calling it a cover-up is simply false," the mayor told reporters.', "Calling it"),
    ("The harbourmaster said that to say the port ignored the warnings was not true.", "that to say"),
    ('"To call the scheme a failure is nonsense," said Ines Braga.', "To call the scheme"),
    ('The councillor said she had "no financial interest of any kind" in the quarry.', "she had"),
    ("The chairman said he had no conflict of interest in the vote.", "he had no conflict"),
])
def test_a_characterisation_called_untrue_is_a_denial(stance_of, text, opening):
    assert stance_of(text, opening, statements_only=True) == "deny"


@pytest.mark.parametrize("text, opening", [
    ('"To describe the scene is not easy," the firefighter said.', "To describe"),
    ('"Calling her a hero is not wrong," her coach said.', "Calling her"),
    ('"Saying sorry is not enough," the tenant said.', "Saying sorry"),
    ("The governor said the forecast was not accurate enough to plan on.", "the forecast"),
])
def test_other_verdicts_on_a_clause_stay_assertions(stance_of, text, opening):
    assert stance_of(text, opening, statements_only=True) == "assert"


@pytest.mark.parametrize("text, opening, stance", [
    ('The mayor accused the union of holding riders hostage. The union president said that description was '
     '"insulting" to drivers.', "that description", "deny"),
    ("The councillor said the allegation was defamatory.", "the allegation", "deny"),
    # not negated, not of a number, not asked
    ("The union said the comparison was not insulting.", "the comparison", "assert"),
    ("The minister said the figure was outrageous.", "the figure", "assert"),
    ("She said the description was accurate.", "the description", "assert"),
])
def test_a_characterisation_called_an_insult_is_rejected(stance_of, text, opening, stance):
    assert stance_of(text, opening, statements_only=True) == stance
