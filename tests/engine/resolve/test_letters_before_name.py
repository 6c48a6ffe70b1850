"""A post's or a party's letters before a given name and a surname ("CFO Marta Lindqvist", "NDP
Leah Mbeki") say what or whose the person is; the person is named without them. A body's name that
opens on letters ("NHS Foundation Trust", "RSPCA Cymru") and a person's two initials ("AJ Hinch")
stay as they are."""
import pytest

from said_by import source_of


@pytest.mark.parametrize("text, words, name", [
    ("CFO Marta Lindqvist said margins had improved in the second half.", "margins", "Marta Lindqvist"),
    ("NDP Leah Mbeki said the budget left renters behind.", "budget", "Leah Mbeki"),
    ("MPP Tomas Greyeyes said the clinic would stay open.", "clinic", "Tomas Greyeyes"),
    ("The bill would cost the firm little, COO Priya Raman said.", "cost the firm", "Priya Raman"),
    ("ANC Sipho Ndlovu told supporters the vote had been fair.", "vote", "Sipho Ndlovu"),
    ("Speaking in Dodoma, CCM Grace Mwakyusa said the roads would be finished by June.", "roads",
     "Grace Mwakyusa"),
    ("AJ Hinch said his pitchers were tired.", "pitchers", "AJ Hinch"),
    ("The NHS Foundation Trust said waiting times had fallen.", "waiting times", "NHS Foundation Trust"),
    ("RSPCA Cymru said the dogs had been rehomed.", "dogs", "RSPCA Cymru"),
])
def test_letters_before_a_name(text, words, name):
    assert source_of(text, words).name == name


def test_the_letters_are_kept_as_the_description():
    assert source_of("CFO Marta Lindqvist said margins had improved.", "margins").description == "CFO"
