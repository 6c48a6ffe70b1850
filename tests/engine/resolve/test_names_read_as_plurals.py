"""A full name whose surname the tagger read as a plural common noun ("Hollins", "Dawkins",
"Tomkins": "hollin" + s) is still one person, the subject a "he said" after the next quote finds,
not a group the pronoun skips for whoever spoke before."""
import pytest

from said_by import speaker_of

DENIED = [
    ("The coach said the plan was settled. “It is done,” he said. Alfie Hollins denied it. "
     "“Nothing is settled,” he said.", "Alfie Hollins"),
    ("The coach said the plan was settled. “It is done,” he said. Alfie Dawkins denied it. "
     "“Nothing is settled,” he said.", "Alfie Dawkins"),
    ("The chief said the plan was settled. “It is done,” he said. Kwame Dawkins denied it. "
     "“Nothing is settled,” he said.", "Kwame Dawkins"),
    ("The chief said the plan was settled. “It is done,” he said. Kwame Tomkins denied it. "
     "“Nothing is settled,” he said.", "Kwame Tomkins"),
    ("The coach said the plan was settled. “It is done,” he said. Kwame Fairbanks denied it. "
     "“Nothing is settled,” he said.", "Kwame Fairbanks"),
    # names the tagger reads right stay as they were
    ("Mayor Ellen Price said the budget was balanced. “We made hard choices,” she said. Councillor "
     "Joan Watkins rejected that. “The libraries paid for it,” she said.", "Joan Watkins"),
    ("Prosecutor Lena Vogt said the evidence was clear. “He lied,” she said.\n\nDefendant Carl Perkins "
     "denied lying. “I told the truth,” he said.", "Carl Perkins"),
    ("Farmer Bill Osei said the rain had come late. “The maize is lost,” he said. His neighbour, "
     "Kofi Dawkins, was more hopeful. “The beans will recover,” he said.", "Kofi Dawkins"),
]


@pytest.mark.parametrize("text, who", DENIED)
def test_a_surname_read_as_a_plural_is_still_the_subject_the_pronoun_finds(text, who):
    quote = text.rsplit("“", 1)[1].split("”")[0].rstrip(",")
    assert speaker_of(text, quote) == who
