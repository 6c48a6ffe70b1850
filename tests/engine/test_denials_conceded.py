"""After a denial, the denier's quote that owns to what was put in doubt concedes, then gives an
account or qualifies: the deed as the speaker's own choice, or a point granted "but" qualified,
asserts. A rebuttal that grants nothing still denies."""
import pytest


@pytest.mark.parametrize("text, opening", [
    # the deed owned as the speaker's own choice
    ('The club captain, Rory Tallis, denied that he had been dropped over a row with the coach. '
     '"I chose to sit out the tour to rest my knee," Tallis said.', "I chose to sit out"),
    ('Mayor Inga Lorne denied that she had been forced out by the party. '
     '"I decided to leave when my term ended," Lorne said.', "I decided to leave"),
    # a point granted, then qualified
    ('Coach Ilse Marrow denied that the heat had decided the match. '
     '"It was hot, but it was hot for both teams," Marrow said.', "It was hot"),
    ('Engineer Tomas Rike rejected the claim that the night shift had been short-staffed. '
     '"Two men were off sick, yet every pump was watched," Rike said.', "Two men were off"),
])
def test_a_quote_owning_what_was_denied_asserts(stance_of, text, opening):
    assert stance_of(text, opening) == "assert"


@pytest.mark.parametrize("text, opening", [
    # the rebuttal that grants nothing, as before
    ('Coach Ilse Marrow rejected the suggestion that her squad had been lucky.\n\n"We had twelve shots on '
     'target," Marrow said.', "We had twelve"),
    ('Engineer Tomas Rike denied that the pumps had failed. "Every pump worked that night," Rike said.',
     "Every pump worked"),
    # a negation opening the quote, even with a "but" after it
    ('Coach Ilse Marrow denied that her squad had faded late on. '
     '"We didn\'t fade, but we ran out of luck," Marrow said.', "We didn't fade"),
    # a choosing verb said of someone else is no owning of the deed
    ('Mayor Inga Lorne denied that she had been forced out by the party. '
     '"The party asked me to stay on," Lorne said.', "The party asked"),
])
def test_a_rebuttal_that_grants_nothing_still_denies(stance_of, text, opening):
    assert stance_of(text, opening) == "deny"
