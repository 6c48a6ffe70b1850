"""Honours from Afghan, Pakistani, Central Asian, Turkish and Zimbabwean copy stand before a name and
are no part of it: a cleric's ("Mawlawi", "Qari"), a master's ("Usta", "Hoca") and a comrade's
("Cde")."""
import pytest
from said_by import statement_speakers


@pytest.mark.parametrize("text, name", [
    ("Qari Fazlurrahman Sarwari, the provincial spokesman, said one guard had been killed.",
     "Fazlurrahman Sarwari"),
    ("Mawlawi Hamdullah Zahed, a ministry spokesman, said the stores would be finished this year.",
     "Hamdullah Zahed"),
    ("Cde Rudo Mapfumo-Nyathi, the party's secretary, said the claims were invented.",
     "Rudo Mapfumo-Nyathi"),
    ("Hoca Ahmet Yılmazer said the mosque would reopen after the repairs.", "Ahmet Yılmazer"),
])
def test_an_honour_before_a_name_is_no_part_of_it(text, name):
    assert statement_speakers(text) == [name]


def test_a_master_called_by_honour_and_given_name_is_the_person_named_in_full():
    text = ("Rustam Usmonov has fired bowls in his courtyard kiln for forty years.\n\n"
            '"My grandfather made bowls for people to eat from," says Usta Rustam.')
    assert statement_speakers(text) == ["Rustam Usmonov"]
