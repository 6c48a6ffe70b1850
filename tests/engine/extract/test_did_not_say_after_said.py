""""X said A would be done, but did not say when": the parser may join "did not say" to the reported
clause; a negated past with "did" is in the sayer's tense, not the clause's modal, and is the
sayer's own silence, never a speakerless find."""
import pytest

from tests.engine.resolve.said_by import speaker_of

UNSAID = [
    ('He said families earning less than the minimum wage would be compensated through a cash transfer, but did not say when payments would begin.',
     'when payments would begin', 'He'),
    ('The minister said the new hospital would be built by 2028, but did not say how it would be paid for.',
     'how it would be paid for', 'minister'),
    ('Chief Inspector Ana Silva said the suspects would be questioned later on Monday, but did not say where they were being held.',
     'where they were being held', 'Ana Silva'),
    ("The club's chairman said the coach would be replaced before the new season, but did not say who was being considered.",
     'who was being considered', "club's chairman"),
    ('Reyes said the ferry service would be restored within weeks, but did not say how many sailings there would be.',
     'how many sailings', 'Reyes'),
    ('She said the flats would be demolished next year but did not say where the tenants would go.',
     'where the tenants would go', 'She'),
    ('The regulator said the fines would be paid in full, but did not say whether the bank had admitted wrongdoing.',
     'whether the bank had admitted', 'regulator'),
]


@pytest.mark.parametrize("text, words, name", UNSAID)
def test_did_not_say_after_said_is_the_sayers(text, words, name):
    assert speaker_of(text, words) == name
