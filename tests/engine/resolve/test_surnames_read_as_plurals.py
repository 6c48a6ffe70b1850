"""A full name whose surname reads as a plural noun ("Hollins", "Perkins", "Jenkins") is still a
person's name: the tagger's plural tag on the surname does not make "Alfie Hollins" a group, so a
"he" after him is him, not the relative named before."""
import pytest

from said_by import speaker_of

CASES = [
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


@pytest.mark.parametrize("text,words,name", CASES)
def test_a_surname_read_as_a_plural_noun_keeps_the_name_a_persons(text, words, name):
    assert speaker_of(text, words) == name
