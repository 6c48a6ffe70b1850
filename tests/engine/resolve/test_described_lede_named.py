"""A court or crime lede brings someone in by age and sex alone ("A 31-year-old woman who admitted
…"), and the next sentence names them as its bare subject ("Lerato Dube pleaded guilty …"): the
described one is that named person, not a source of their own."""
from said_by import speaker_of

LEDE = ("A 31-year-old woman who admitted stealing medicine from a rural clinic was yesterday jailed for "
        "four years by Magistrate Owen Kapita.\n\n"
        "Lerato Dube pleaded guilty to theft in March. \"I took the pills to sell them,\" Dube told the court.")


def test_the_described_one_is_the_person_named_next():
    assert speaker_of(LEDE, "stealing medicine") == "Lerato Dube"


def test_a_named_subject_with_a_post_before_is_someone_else():
    text = LEDE.replace("Lerato Dube pleaded guilty to theft in March.",
                        "Prosecutor Lerato Dube asked for six years.")
    assert "Dube" not in speaker_of(text, "stealing medicine")
