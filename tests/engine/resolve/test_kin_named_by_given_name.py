"""A relative brought in by a given name alone as someone's kin ("Vink's brother Pieter") is the
person of that given name and that surname whom the text names in full, even later on."""
from said_by import speakers


def test_brother_by_given_name_is_the_full_name_written_later():
    text = ("Councillor Harold Brandsma asked for a temporary bridge. Brandsma's brother Maarten, who "
            "farms on the far bank, said the detour added an hour to every pickup. \"The trucks are "
            "always late now,\" Maarten Brandsma said.")
    assert [name for name, _ in speakers(text)] == ["Harold Brandsma", "Maarten Brandsma", "Maarten Brandsma"]


def test_relative_of_another_surname_keeps_the_given_name():
    text = ("Okafor's sister Ada, who runs the shop, said sales fell. \"We are tired,\" Ada Nwosu said "
            "of the new tax.")
    assert speakers(text)[0][0] == "Ada"
