"""A post in capitals run into a name ("Local Member of the Senedd Gethin Prys", "Deputy Chief Fire Officer
Ana Ruiz"), whatever the tagger made of the run: the person is the speaker, by name; the post is a title."""
import pytest

from said_by import speaker_of


@pytest.mark.parametrize("sentence, name", [
    ("Local Member of the Senedd Gethin Prys said the closure was a blow to fishermen.", "Gethin Prys"),
    ("Deputy Chief Fire Officer Ana Ruiz said crews had worked through the night.", "Ana Ruiz"),
    ("Parks Board Commissioner Lee Tam said the trees would be replanted.", "Lee Tam"),
    ("Labour MP for Bristol East Kerry McCarthy said residents were angry.", "Kerry McCarthy"),
    ("NDP MLA for Vancouver-Hastings Niki Sharma said the bill would pass.", "Niki Sharma"),
    ("U.S. Attorney for the District of Oregon Natalie Wight said charges would follow.", "Natalie Wight"),
    ("Western Cape MEC for Health Mireille Wenger said clinics were full.", "Mireille Wenger"),
])
def test_the_holder_of_a_post_run_into_the_name_speaks(sentence, name):
    text = "Storm closes harbour road\n\n" + sentence + "\n"
    assert speaker_of(text, sentence.split(" said ")[1][:15]) == name


def test_a_body_whose_name_ends_in_capitals_stays_a_body():
    # no post opens the run: "Harrow Vale Housing Trust" is a body, not a person
    text = "Harrow Vale Housing Trust said the flats would be ready by June.\n"
    assert speaker_of(text, "flats would be ready") == "Harrow Vale Housing Trust"
