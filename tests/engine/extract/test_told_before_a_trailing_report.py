""""Haddad, who stood with his arms folded, told officers that …, the jury heard": a telling whose
clause a trailing report ("the jury heard", "the court heard") holds is said by the name that opens the
sentence before its aside, as the same telling with no trailing report would be."""
import pytest

from tests.engine.resolve.said_by import speaker_of

TOLD = [
    ('Haddad, who stood with his arms folded throughout, told officers in interview that the van belonged to his cousin, the jury heard.',
     'the van belonged to his cousin', 'Haddad'),
    ('Mrs Lindqvist, who listened with her eyes closed for much of the hearing, told police that she had never seen the letter, the court heard.',
     'she had never seen the letter', 'Lindqvist'),
    ('Brennan, who sat with his hands clasped in the dock, told the inquiry that the cladding met every standard, the jury heard.',
     'the cladding met every standard', 'Brennan'),
    ('Nguyen, who wept as the charges were read, told customs officers that the bag was not hers, the court heard.',
     'the bag was not hers', 'Nguyen'),
    ('Dr Malik, who was suspended in March, told investigators that staffing had been dangerously low, the tribunal heard.',
     'staffing had been', 'Malik'),
    ('Ms Sato, who appeared by video link from prison, told the hearing that she had warned managers twice, the jury heard.',
     'she had warned managers twice', 'Sato'),
    ('Kowalski, who kept his head lowered throughout, told the court in a statement that he had panicked, the jury heard.',
     'he had panicked', 'Kowalski'),
]


@pytest.mark.parametrize("text, words, name", TOLD)
def test_the_name_before_the_aside_tells_what_the_jury_heard(text, words, name):
    assert speaker_of(text, words) == name
