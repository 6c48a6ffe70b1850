""""The hospital said" is the one body the text names with words only a hospital's name holds
("Sungai Ara Medical Centre"), though no name holds "hospital" (kinds.json `kind_in_name`).
Sentences written for the test."""
from said_by import speaker_of


def test_the_hospital_is_the_medical_centre_named():
    text = ("Three workers were taken to Sungai Ara Medical Centre after the scaffolding fell. One of them was "
            "in a serious condition, the hospital said.")
    assert speaker_of(text, "serious condition") == "Sungai Ara Medical Centre"
