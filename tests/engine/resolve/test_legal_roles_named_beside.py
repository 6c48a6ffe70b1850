"""Who acts in a court or a hearing, by the word any outlet uses for them ("counsel", "advocate",
"notary", "petitioner", "witness"), set before their name in apposition ("counsel for the
tenants, Lerato Nkosi, told the court"), is that named person, not a description of no one."""
import pytest
from said_by import speaker_of


@pytest.mark.parametrize("role", ["counsel for the tenants", "the advocate for the miners",
                                  "the petitioner in the case", "a witness for the prosecution"])
def test_a_legal_role_beside_a_name_is_the_named_person(role):
    text = f"During the hearing in May, {role}, Lerato Nkosi, told the court the evictions were unlawful."
    assert speaker_of(text, "evictions were unlawful") == "Lerato Nkosi"
