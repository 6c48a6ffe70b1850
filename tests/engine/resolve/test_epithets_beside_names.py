"""An epithet ("the widow") that a mention sets a person's name beside describes the person named;
alone it still stands for someone named before. Sentences written for the test."""
from said_by import speaker_of


def test_a_name_set_beside_an_epithet():
    assert speaker_of("The widow, Nusrat Ara Qureshi, said her husband was innocent.", "husband") \
        == "Nusrat Ara Qureshi"
    assert speaker_of("The widower, Tomasz Wrona, told the inquest the crossing was unlit.", "crossing") \
        == "Tomasz Wrona"


def test_an_epithet_alone_is_left_alone():
    assert speaker_of("The widow said her husband was innocent.", "husband") == "widow"
