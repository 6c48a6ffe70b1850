"""A subject the parser cut off from its verb of saying as a sentence of its own is still the
verb's subject, when it runs on the same line into the verb with no stop between."""
import pytest

from said_by import speaker_of
from sourcetrace import analyze

SPLIT = [
    ("Islanders fear ‘lifeline’ ferry cuts will empty Skerra\n\nResidents of Skerra say a plan to cut "
     "the island’s winter ferry service from daily to three sailings a week could drive the last "
     "young families off the island.", "a plan to cut", "Residents"),
    ("Bus fares to double\n\nCommuters in Tamale say a plan to double bus fares from June will force "
     "them to walk to work.", "a plan to double bus fares", "Commuters"),
]


@pytest.mark.parametrize("text, words, name", SPLIT)
def test_a_subject_split_off_its_verb_says_the_words(text, words, name):
    assert name in speaker_of(text, words)


def test_words_after_a_full_stop_are_not_the_subject():
    analysis = analyze("The ferry will stop in November. Say what you like, the islanders will not leave.")
    assert not any(analysis.source(a.source_id).name.startswith("The ferry")
                   for a in analysis.attributions if a.source_id)
