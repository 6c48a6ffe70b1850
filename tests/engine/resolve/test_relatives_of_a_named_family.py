"""A relative brought in by a first name ("his younger brother, Daniel") is the one full name
the text gave with that first name, where that name is of a family the text names: its surname
ends another full name, or the two were named together ("brothers Moses and Daniel Banda")."""
from said_by import speaker_of


def test_a_brother_named_with_the_family():
    text = ("On the riverbank, brothers Moses and Daniel Banda counted their dead goats. \"We lost forty,\" "
            "said Moses Banda. His younger brother, Daniel, 30, said the herd had been their only savings.")
    assert speaker_of(text, "only savings") == "Daniel Banda"


def test_a_relative_of_another_family_stays_apart():
    text = ("Emma Rowe won the race. Jane Pike said the course was hard. "
            "Her daughter, Emma, said she had trained for a year.")
    assert speaker_of(text, "trained for a year") == "Emma"
