""""In Karşıyaka, Hatice Aydın, 61, said …": the place of a fronted "in", which the parser may read
as a first subject joined to the name by the comma, is where; the person speaks alone."""
from said_by import source_of


def test_the_place_of_a_fronted_in_is_no_second_speaker():
    text = ("In Karşıyaka, Ayşe Korkmaz, 61, who runs a small grocery, said she had not slept all night.")
    source = source_of(text, "had not slept")
    assert (source.kind, source.name) == ("person", "Ayşe Korkmaz")
