"""Offices of communities, clans and villages before a name (titles.txt) are the post, not the name."""
import pytest
from said_by import speakers


@pytest.mark.parametrize("office", ["Headman", "Inkosi", "Sarpanch", "Cacique", "Indvuna", "Kgosana", "Ngambela",
                                    "Morena"])
def test_community_office_before_a_name(office):
    text = f"The well by the school has run dry, {office} Tumelo Rakgadi said on Monday."
    assert speakers(text) == [("Tumelo Rakgadi", True)]


def test_office_with_surname_alone_is_the_person_named_in_full():
    text = ("Indvuna Sipho Dlamini said the inner council would meet after the mourning period. "
            "Indvuna Dlamini said it would also choose who would act as chief.")
    assert [name for name, _ in speakers(text)] == ["Sipho Dlamini", "Sipho Dlamini"]


def test_setswana_form_of_address_is_no_part_of_the_name():
    text = 'Rre Kagiso Mothibi, a cattle farmer, asked: "Who asked the village about this merger?"'
    assert speakers(text) == [("Kagiso Mothibi", True)]
