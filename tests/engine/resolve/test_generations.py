"""A generational suffix after a full name ("Robert Hale Jr.") stays in the person's name: the
father and the son are two people. A later surname alone still finds him; a name given with two
suffixes in the person's mentions takes neither."""
import pytest

from said_by import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("Robert Hale Jr., the county sheriff, said the road would reopen on Friday.", "road", "Robert Hale Jr."),
    ("Robert Hale Jr., the county sheriff, spoke first.\n\n\"We had crews out all night,\" Hale said.",
     "crews out", "Robert Hale Jr."),
    ("The bakery's owner, Martin Ochoa Sr., said the ovens were original.", "ovens", "Martin Ochoa Sr."),
    ("\"The river came up in an hour,\" said Ramón Díaz III, whose farm lies below the dam.", "river",
     "Ramón Díaz III"),
    ("Councilman Luther Banks II told the meeting the vote was fair.", "vote was fair", "Luther Banks II"),
    ("Dale Earnhardt Jr. said the track was slick.", "track", "Dale Earnhardt Jr."),
    ("Tomas Reyes, a welder, said the plant had been quiet since June.", "plant", "Tomas Reyes"),
])
def test_a_generation_is_part_of_the_name(text, words, name):
    assert speaker_of(text, words) == name
