"""A speaker named after the words, set off by commas, that the parser took into them is the one
who speaks; a name inside the words that no verb of saying follows is no speaker."""
import pytest

from said_by import source_of, speaker_of

TRAILING = [
    ("22:14 — Ruth Calder has won the Civic Union leadership with 54 percent of members' votes, the "
     "party's returning officer, Graham Oduya, has announced.", "Ruth Calder has won", "Graham Oduya"),
    ("The treaty was signed by 40 states with 300 amendments, the conference chair, Leila Haddad, "
     "has announced.", "The treaty was signed", "Leila Haddad"),
    ("Fares will rise by 4 percent in January, the transport authority's chief executive, Jonas "
     "Eriksson, has confirmed.", "Fares will rise", "Jonas Eriksson"),
    ("The festival drew 80,000 visitors with 200 acts, the festival's director, Aiko Tanaka, has said.",
     "The festival drew", "Aiko Tanaka"),
]


@pytest.mark.parametrize("text, words, name", TRAILING)
def test_a_comma_set_name_before_a_trailing_verb_of_saying_speaks(text, words, name):
    assert name in speaker_of(text, words)


def test_a_name_inside_the_words_is_not_the_speaker():
    source = source_of("The prize went to the novelist, Amara Obi, the jury announced.", "The prize went")
    assert source is None or "Obi" not in source.name
