"""A quote opening a paragraph with no speaker, after a paragraph that brings in one person and quotes
no one, is that person's, not the last person quoted; where that paragraph names no one as its
subject, or two people, the last speaker goes on."""
import pytest

from said_by import speaker_of

INTRODUCED = [
    ('"The tide is higher every year," said Mayor Tomas Reyes.\n\nFilomena Lopes, 54, has farmed seaweed here all her life.\n\n"The sea is our bank account. Without it we have nothing."',
     'The sea is our bank account', 'Filomena Lopes'),
    ('"We will appeal," said the company\'s lawyer, Dana Kim.\n\nHarold Mbeki, 71, has lived on Carver Street since 1962.\n\n"They want us gone. I am not going anywhere."',
     'They want us gone', 'Harold Mbeki'),
    ('"Ticket prices will not rise," said league chairman Piet de Vries.\n\nSupporter Ahmed Saleh has held a season ticket for thirty years.\n\n"I will believe that when I see it."',
     'I will believe that', 'Ahmed Saleh'),
    ('"The road will open in May," said engineer Lars Berg.\n\nShopkeeper Mei Lin, 38, runs a noodle bar on the closed stretch.\n\n"My takings have halved since January."',
     'My takings have halved', 'Mei Lin'),
    ('"We followed every rule," said the school\'s head, Ruth Adeyemi.\n\nParent Carlos Mendes was not convinced.\n\n"Nobody told us about the asbestos."',
     'Nobody told us about the asbestos', 'Carlos Mendes'),
    ('"Funding is secure," the minister, Aiko Mori, told reporters.\n\nNurse Adaeze Obi works twelve-hour shifts at the district clinic.\n\n"We have four nurses for sixty beds."',
     'We have four nurses', 'Adaeze Obi'),
]


@pytest.mark.parametrize("text, words, name", INTRODUCED)
def test_a_quote_after_a_paragraph_bringing_in_one_person_is_theirs(text, words, name):
    assert speaker_of(text, words) == name


KEPT = [
    # the paragraph between names a person only in passing, not as its subject
    ('"The bridge is safe," said Tomas Reyes, the chief engineer.\n\nThe bridge opened in 2019, '
     'two years after Ines Duarte drew the first plans.\n\n"Every bolt was tested twice." ', 'Every bolt was tested twice', 'Tomas Reyes'),
    # two people brought in: no one in particular
    ('"Rents will fall," said housing minister Ama Owusu.\n\nKofi Boateng and his wife Efua have rented '
     'the same flat for ten years.\n\n"Rents have only ever gone up." ', 'Rents have only ever gone up', 'Ama Owusu'),
]


@pytest.mark.parametrize("text, words, name", KEPT)
def test_a_quote_after_a_paragraph_bringing_in_no_one_alone_keeps_the_last_speaker(text, words, name):
    assert speaker_of(text, words) == name


INTRODUCED_MORE = [
    # the paragraph's one named subject, another named only in passing
    ('"The tide is higher every year," said Mayor Tomas Reyes.\n\nFilomena Lopes, 54, has farmed '
     'seaweed here since her father, Joaquim Lopes, retired.\n\n"The sea is our bank account."',
     'The sea is our bank account', 'Filomena Lopes'),
    ('"The line will reopen in June," said rail minister Petra Novak.\n\nCommuter Jan Dvorak has '
     'driven to Brno every day since the station where his wife, Eva Dvorakova, works was closed.\n\n'
     '"I spend four hundred crowns a week on fuel."', 'four hundred crowns', 'Jan Dvorak'),
    # no one named: a person brought in by description
    ('"The tide is higher every year," said Mayor Tomas Reyes.\n\nA fisherman who has worked the bay '
     'for forty years watched the boats come in on Sunday.\n\n"There is nothing left to catch."',
     'nothing left to catch', 'fisherman'),
    ('"Rents will fall," said housing minister Ama Owusu.\n\nOne tenant, a nurse at the city hospital, '
     'has lived in the block for twelve years.\n\n"I pay half my wage in rent."', 'half my wage', 'tenant'),
]


@pytest.mark.parametrize("text, words, name", INTRODUCED_MORE)
def test_a_quote_after_a_paragraph_about_one_person_is_theirs(text, words, name):
    assert name in speaker_of(text, words)


KEPT_MORE = [
    # "the nurse" may be one named before: no one new is brought in
    ('"Rents will fall," said housing minister Ama Owusu.\n\nThe nurse has lived in the block for '
     'twelve years.\n\n"Rents have only ever gone up."', 'Rents have only ever gone up', 'Ama Owusu'),
    # two named subjects
    ('"Rents will fall," said housing minister Ama Owusu.\n\nKofi Boateng moved in in 2009, and Efua '
     'Mensah moved in a year later.\n\n"Rents have only ever gone up."', 'Rents have only ever gone up', 'Ama Owusu'),
]


@pytest.mark.parametrize("text, words, name", KEPT_MORE)
def test_a_quote_after_a_paragraph_bringing_in_no_one_new_keeps_the_last_speaker(text, words, name):
    assert name in speaker_of(text, words)


SAME_PARAGRAPH = [
    ('"The tide is higher every year," said Mayor Tomas Reyes.\n\nFilomena Lopes, 54, has farmed '
     'seaweed on the point all her life. "The sea is our bank account."', 'The sea is our bank account',
     'Filomena Lopes'),
    ('"Rents will fall," said housing minister Ama Owusu.\n\nKofi Boateng runs the corner shop. His '
     'rent has tripled since 2015. "I cannot go on like this."', 'I cannot go on like this', 'Kofi Boateng'),
    ('"We acted within the law," said police spokesman Arjun Rao.\n\nA street vendor who was at the '
     'protest showed reporters the bruises on his arms. "They beat anyone they could catch."',
     'They beat anyone', 'vendor'),
    ('"The mine is safe," the company said in a statement.\n\nMiner Thabo Nkosi, 41, has worked '
     'underground for twenty years. "I have never seen the tunnels this wet."', 'I have never seen', 'Thabo Nkosi'),
]


@pytest.mark.parametrize("text, words, name", SAME_PARAGRAPH)
def test_a_quote_after_sentences_of_its_paragraph_about_one_person_is_theirs(text, words, name):
    assert name in speaker_of(text, words)


def test_a_quote_after_someone_quoted_in_its_own_paragraph_keeps_them():
    text = ('"Rents will fall," said housing minister Ama Owusu.\n\nKofi Boateng, 70, said his rent had '
            'tripled. Boateng runs the corner shop. "I cannot go on like this."')
    assert speaker_of(text, 'I cannot go on like this') == 'Kofi Boateng'
