"""The name a person is known by ("known to his neighbours as Abu Mustafa", "nicknamed Paulinho") is
that person speaking later; a married name joined to a birth name by "née" is one name."""
import pytest
from said_by import statement_speakers


@pytest.mark.parametrize("text, name", [
    ('Karim Abdul-Hadi Al-Rawi, known to his neighbours as Abu Sami, walked us through the orchard.\n\n'
     '"My grandfather planted these trees," Abu Sami said.', "Karim Abdul-Hadi Al-Rawi"),
    ('The striker Paulo Henrique Sousa, nicknamed Paulinho, scored twice.\n\n"I was lucky," Paulinho said.',
     "Paulo Henrique Sousa"),
])
def test_a_name_one_is_known_by_is_that_person(text, name):
    assert statement_speakers(text) == [name]


def test_someone_else_with_a_word_of_the_alias_is_not_joined():
    text = ('Karim Al-Rawi, known to his neighbours as Abu Sami, walked us through the orchard.\n\n'
            '"The water comes twice a week," his son Sami Al-Rawi said.')
    assert statement_speakers(text) == ["Sami Al-Rawi"]


def test_a_married_name_joined_by_nee_is_one_name():
    text = ("The coordinator of the civic platform, Mrs. Ehouman née Gnagne Adjoua Pélagie, said the audit "
            "had found an error rate of 2.1 per cent.")
    assert statement_speakers(text) == ["Ehouman née Gnagne Adjoua Pélagie"]


def test_a_title_used_as_a_name_is_the_real_name_given_beside_it():
    from said_by import statement_speakers
    text = ("Group Village Head (GVH) Chanza, whose real name is Tiyamike Mvula, "
            "testified that the headman had collected the money.\n\n"
            '"Nobody was given a receipt," GVH Chanza said through an interpreter.')
    assert statement_speakers(text) == ["Tiyamike Mvula", "Tiyamike Mvula"]
