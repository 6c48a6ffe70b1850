"""A verb of saying more with no subject goes on with the speaker before it: joined by "and" to a
verb inside that speaker's words, or opening a sentence of its own ("Adding that …"); a verb with
an aux of its own goes on with the reported clause instead."""
import pytest

from said_by import speaker_of

FURTHER = [
    ("Police said two men had been arrested and added that a third suspect was being sought.",
     "a third suspect", "Police"),
    ("The ministry said the wells had been tested and stressed that the water was safe to drink.",
     "the water was safe", "ministry"),
    ("Ms Adebayo says the clinic has been closed since June and warns that patients are travelling "
     "two hours for care.", "patients are travelling", "Adebayo"),
    ("Mayor Lucia Ferreira said the bridge was safe. Adding that inspections would continue every month.",
     "inspections would continue", "Lucia Ferreira"),
    ("The coach, Yusuf Demir, told reporters the squad was tired.\n\nNoting that three players were "
     "injured, he asked for patience.", "three players were injured", "Yusuf Demir"),
    ("Prosecutors in Lyon said the suspects had been released on bail and noted that they must report "
     "to police weekly.", "they must report", "Prosecutors in Lyon"),
    # a participle after a comma and "while" or "before" is the first speaker's, not the reported subject's
    ("Anil Mehta told reporters the factory would stay open, while insisting that no jobs were at risk.",
     "no jobs were at risk", "Anil Mehta"),
    ("The governor, Halima Sule, said the roads would be rebuilt, before adding that the funds were "
     "already in place.", "the funds were", "Halima Sule"),
]


@pytest.mark.parametrize("text, words, name", FURTHER)
def test_saying_more_with_no_subject_goes_on_with_the_speaker_before(text, words, name):
    assert name in speaker_of(text, words)


def test_a_joined_verb_with_its_own_aux_goes_on_with_the_reported_clause():
    text = ("Councillor Dina Okafor said residents had been consulted and had asked that the park be "
            "kept open.")
    from said_by import source_of
    source = source_of(text, "the park be kept open")
    assert source is None or "Okafor" not in source.name
