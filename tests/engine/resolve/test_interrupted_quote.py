"""A quote broken by a clause with no "said" ("'Prices,' Ana Sousa laughed, 'have never fallen'") is
the speaker's who that clause names, not the last person quoted; a quote that simply runs on
after its speaker's words stays theirs."""
import pytest

from said_by import speaker_of

INTERRUPTED = [
    ('"We will fight this," said Councillor Amy Reid.\n\nThe planning officer, Gareth Lowe, paused. "The application," Mr Lowe began carefully, "has not yet been decided."',
     'has not yet been decided', 'Gareth Lowe'),
    ('"Nobody told us anything," said resident Maria Costa.\n\n"The council," Ms Costa\'s neighbour Peter Hall went on, "never even sent a letter."',
     'never even sent a letter', 'Peter Hall'),
    ('"It is a scandal," said Senator Ruth Okoye.\n\nHer rival smiled. "Well," Mr Tanaka shrugged, "scandals sell newspapers."',
     'scandals sell newspapers', 'Mr Tanaka'),
    ('"The figures are clear," Dr Anil Mehta told the committee.\n\n"The figures," Professor Joan Wilde countered, "are two years old."',
     'are two years old', 'Joan Wilde'),
    ('"We did everything right," said the coach, Sam Ortiz.\n\n"Everything," his captain, Leo Brandt, sighed, "except score."',
     'except score', 'Leo Brandt'),
    ('"We need more buses," said Fatima Bello.\n\n"More buses," the mayor, Henrik Olsen, replied after a pause, "cost more money."',
     'cost more money', 'Henrik Olsen'),
    ('"Prices will fall," said the minister, Rui Alves.\n\n"Prices," Ana Sousa laughed, "have never fallen in my life."',
     'have never fallen', 'Ana Sousa'),
    ('"The plan is sound," said Chief Engineer Wei Zhang.\n\n"Sound," Mrs Ngata repeated slowly, "is not the word I would use."',
     'is not the word I would use', 'Mrs Ngata'),
]


@pytest.mark.parametrize("text, words, name", INTERRUPTED)
def test_the_clause_between_two_pieces_names_their_speaker(text, words, name):
    assert speaker_of(text, words) == name


def test_a_quote_that_runs_on_is_still_the_last_speakers():
    text = '"We lost the vote," said Ana Ruiz, the union\'s secretary. "Next year, we will win it."'
    assert speaker_of(text, "Next year, we will win it") == "Ana Ruiz"
