"""More given names of Africa the name list lacks say the sex of the one named (Nguni, Sotho-Tswana,
Kalenjin, Shona, Yoruba, Igbo, Wolof, Fula, Mande: lexicons/given_names_sex.tsv), so a "he" or "she"
never goes to the person of the other sex named since."""
import pytest
from said_by import speaker_of

from sourcetrace.engine.resolve.gender import from_first_name


@pytest.mark.parametrize("name, sex", [("Busisiwe", "f"), ("Themba", "m"), ("Thulani", "m"), ("Chebet", "f"),
                                       ("Kiprop", "m"), ("Rutendo", "f"), ("Olufemi", "m"), ("Morenike", "f"),
                                       ("Ikenna", "m"), ("Ousmane", "m"), ("Fatoumata", "f"), ("Aissatou", "f")])
def test_the_name_says_the_sex(name, sex):
    assert from_first_name(name) == sex


SKIPS = [
    ("Nurse Busisiwe Dube said the clinic in Umlazi had been without power since Monday. Clinic manager "
     "Themba Nkosi has asked the city for a generator. “We deliver babies by torchlight,” she said.",
     "by torchlight", "Busisiwe Dube"),
    ("Trader Aissatou Diallo said the market roof leaked. Market chief Ousmane Bah has promised repairs "
     "before the rains. “We have heard promises before,” she said.", "heard promises", "Aissatou Diallo"),
    ("Coach Chebet Rono said the camp in Iten was full. Her athlete Kiprop Biwott has trained there since "
     "2019. “Nobody sleeps past five here,” she said.", "past five", "Chebet Rono"),
    ("Vendor Thulani Mokoena said sales had halved. His supplier, Rutendo Moyo, blamed the border delays. "
     "“Trucks wait four days at Beitbridge,” he said.", "wait four days", "Thulani Mokoena"),
]


@pytest.mark.parametrize("text, words, who", SKIPS)
def test_a_pronoun_skips_the_other_sex_named_since(text, words, who):
    assert speaker_of(text, words) == who
