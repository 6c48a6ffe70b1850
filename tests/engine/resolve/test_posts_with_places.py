"""A post, the place it governs, then the holder's name ("Deputy Commissioner Multan Sana Tariq
Malik"): the place is no part of her name, and the name the tagger cut at the place is one."""
import pytest

from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve.names import person_entities
from said_by import speaker_of


def _people(text: str) -> list[str]:
    return [p.text for p in person_entities(parse_text(load_nlp(), text))]


def test_the_place_after_a_post_is_not_the_first_word_of_the_name():
    assert "Ayesha Farooq Cheema" in _people("Deputy Commissioner Lahore Ayesha Farooq Cheema toured the market.")


def test_a_rank_written_short_then_a_place():
    assert "Kamran Ali" in _people("SSP Multan Kamran Ali said two men were held.")


def test_the_holder_so_named_is_who_spoke():
    text = ("Residents of Gulberg blocked the main road on Tuesday over a week of power cuts.\n\n"
            "Deputy Commissioner Lahore Ayesha Farooq Cheema met them in the evening and said "
            "the feeder would be repaired by Thursday.")
    assert speaker_of(text, "the feeder would be repaired") == "Ayesha Farooq Cheema"


@pytest.mark.parametrize("sentence, name", [
    ("Public Defender of Georgia Ketevan Lomidze said she would send monitors to the rally.", "Ketevan Lomidze"),
    ("Ombudsman of Armenia Anahit Sargsyan said the report would be published on Monday.", "Anahit Sargsyan"),
    ("President of Georgia Salome Abashidze said the vote had been fair.", "Salome Abashidze"),
])
def test_the_place_a_post_is_of_is_not_the_holders_given_name(sentence, name):
    assert speaker_of(sentence, sentence.split(" said ")[1][:15]) == name
