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


RELATIVES = [
    ("Flanker Jack Hollins, 26, and his younger brother Alfie, 23, both start on Saturday.\n\n"
     'Jack Hollins said they heard on a group call. Alfie Hollins denied crying. "I had a cold," he said.',
     "I had a cold", "Alfie Hollins"),
    ("Nurse Ellen Perkins and her sister Joan were both on the ward that night.\n\n"
     'Ellen Perkins said the alarm never rang. Joan Perkins disagreed. "I heard it twice," she said.',
     "I heard it twice", "Joan Perkins"),
    ("Councillor Gareth Jenkins and his son Rhys run the garage on the high street.\n\n"
     'Gareth Jenkins said trade had halved. Rhys Jenkins was more hopeful. "Summer will help," he said.',
     "Summer will help", "Rhys Jenkins"),
    ("Maria Collins, 61, and her daughter Siobhan have lived on the estate since 1990.\n\n"
     'Maria Collins said the damp was getting worse. Siobhan Collins agreed. "The baby coughs all night," she said.',
     "baby coughs all night", "Siobhan Collins"),
    ("Winger Dele Adams and his cousin Tunde signed for the club on the same day.\n\n"
     'Dele Adams said it was a dream. Tunde Adams denied crying. "We both cried in the car," he said.',
     "cried in the car", "Tunde Adams"),
]


@pytest.mark.parametrize("text,words,name", RELATIVES)
def test_a_relative_whose_surname_reads_as_a_plural_is_the_one_the_pronoun_finds(text, words, name):
    assert speaker_of(text, words) == name
