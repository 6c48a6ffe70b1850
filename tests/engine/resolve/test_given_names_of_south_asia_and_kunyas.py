"""Sinhala, Malayali, Marathi and Nepali given names, and the Arabic kunya ("Umm Yazan", mother of
Yazan), say the sex of the one named (lexicons/given_names_sex.tsv), so a "she" or "Mrs." after a
man and a woman of such names is the woman."""
import pytest
from said_by import speaker_of

from sourcetrace.engine.resolve.gender import from_first_name


@pytest.mark.parametrize("name, sex", [("Umm", "f"), ("Kasun", "m"), ("Tharindu", "m"), ("Sanduni", "f"),
                                       ("Jibin", "m"), ("Kunjamma", "f"), ("Vinayak", "m"), ("Shubhangi", "f")])
def test_the_name_says_the_sex(name, sex):
    assert from_first_name(name) == sex


def test_a_woman_called_by_her_kunya_is_a_she():
    text = ("The city said the new well would open in March.\n\n"
            "A council engineer, Omar Qasem, said the pump had been tested twice. Vegetable seller Umm Khaled, 61, "
            "waited by her stall on Monday.\n\n"
            "\"We have heard this before,\" she said.\n")
    assert speaker_of(text, "heard this before") == "Umm Khaled"


def test_mrs_and_a_surname_two_share_is_the_woman():
    text = ("Ammini Kuriakose waited eight years for her son. On Friday, Shiju Kuriakose came home from Oman.\n\n"
            "Shiju said the firm had kept his wages.\n\n"
            "\"I lit a lamp for him every night,\" Mrs. Kuriakose, 70, said at the family home in Kottayam.\n")
    assert speaker_of(text, "lit a lamp") == "Ammini Kuriakose"
