"""A firm's person, as wire copy names them: "Corvell's Pia Strand", "Goldman Sachs' Jan Hatzius",
whatever label the tagger gave the name, is the person."""
import pytest

from sourcetrace import analyze


@pytest.mark.parametrize("text, name", [
    ('"Every day adds to the backlog," said Corvell\'s Pia Strand.', "Pia Strand"),
    ("Goldman Sachs' Jan Hatzius said growth would slow.", "Jan Hatzius"),
    ("Barclays' Martin Gold said rates would fall.", "Martin Gold"),
])
def test_a_firms_person_is_the_person(text, name):
    assert [(s.name, s.kind) for s in analyze(text).sources] == [(name, "person")]


def test_a_place_after_no_possessive_stays_a_place():
    sources = analyze("Victoria Falls officials said the bridge would reopen.").sources
    assert all(s.name != "Victoria Falls" or s.kind != "person" for s in sources)
