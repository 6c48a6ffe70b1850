"""A post's holder set beside it with letters after the name ("Counsel for the farmers, Thandiwe
Nkosi SC, said") is the source by name, the letters (postnominals.txt) and a title before it
("Adv.", as South Africa and India write Advocate) no part of the name; the post is the description."""
import pytest

from said_by import source_of

CASES = [
    ("Counsel for the farmers, Adv. Thandiwe Nkosi SC, told the court the permits were unlawful.", "permits",
     "Thandiwe Nkosi", "Counsel for the farmers"),
    ("Counsel for the farmers, Thandiwe Nkosi SC, told the court the permits were unlawful.", "permits",
     "Thandiwe Nkosi", "Counsel for the farmers"),
    ("The lawyer for the union, Dr. Amal Haddad QC, said the ruling was wrong.", "ruling",
     "Amal Haddad", "The lawyer for the union"),
    ("The barrister for the families, Siobhan Kearney KC, said the inquest had been flawed.", "inquest",
     "Siobhan Kearney", "The barrister for the families"),
    ("Representing the families, Mr Justin Okoye SAN said the panel had erred.", "panel", "Justin Okoye", None),
    ("The local member, Padraig Nolan TD, said the closure was a disgrace.", "closure", "Padraig Nolan",
     "The local member"),
    ("The family's lawyer, Femi Adebayo SAN, said the arrest was unconstitutional.", "arrest",
     "Femi Adebayo", None),
    ("Opposition leader Karen Whitfield MLA said the budget was a betrayal.", "budget", "Karen Whitfield", None),
    ("Adv. Rohan Mehta told the tribunal that the notice had never been served.", "notice", "Rohan Mehta", None),
    # a Member of the Senedd, a given name the tagger took for a place
    ("Speaking in the Senedd, Gwenllian ap Iorwerth MS said the rail cuts were a scandal.", "rail cuts",
     "Gwenllian ap Iorwerth", None),
    ("The cuts were a scandal, said Owain Pryce MS.", "cuts", "Owain Pryce", None),
]


@pytest.mark.parametrize("text,words,name,description", CASES)
def test_the_holder_by_name_without_letters_or_title(text, words, name, description):
    source = source_of(text, words)
    assert source.name == name
    if description is not None:
        assert source.description == description
