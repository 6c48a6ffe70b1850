""""Rana", a clan's honour opening a man's name in Pakistan or north India, is no woman's given name
there: "he" may be him (given_names_sex.tsv); an Arab "Rana" is still a "she"."""
import pytest
from said_by import speaker_of


@pytest.mark.parametrize("name", ["Rana Tariq Mehmood", "Rana Asad Iqbal", "Rana Pratap Singh"])
def test_he_after_a_man_whose_name_opens_on_an_honour(name):
    text = (f"LAHORE: Provincial Minister Sardar Ayesha Malik said the canal work would finish by June.\n\n"
            f"Opposition leader Senator {name} said the tender had been rigged. "
            f"\"Not one brick has been laid in Okara,\" he said.")
    assert speaker_of(text, "Not one brick") == name


def test_rana_as_a_womans_name_still_takes_she():
    text = ("AMMAN — Rana Haddad, who runs a bakery in Jabal Amman, said flour prices had doubled. "
            "\"We cannot pass it all on,\" she said.")
    assert speaker_of(text, "We cannot pass it all on") == "Rana Haddad"
