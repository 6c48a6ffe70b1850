"""A name set beside a word for a person after where it is based ("the building's owner,
Toronto-based Halyard Estates") is a body's: no one is "Toronto-based" before their name."""
from said_by import source_of, speaker_of


def test_a_based_name_beside_an_owner_is_a_body():
    text = ("The building's owner, Toronto-based Halyard Estates, said in a statement that the tenants were "
            "safe. It denied that the fire alarms had been switched off.")
    source = source_of(text, "tenants were safe")
    assert source.kind == "organization" and source.name == "Halyard Estates"
    assert speaker_of(text, "fire alarms") == "Halyard Estates"


def test_a_born_name_beside_a_coach_is_a_person():
    text = "Her coach, Lagos-born Tunde Bello, said the race had been her best."
    assert source_of(text, "her best").kind == "person"
