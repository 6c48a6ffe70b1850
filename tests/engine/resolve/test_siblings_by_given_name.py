"""A brother or sister brought in by given name as a named person's kin ("Mariko's younger brother,
Kenta") bears the family name, as a child does; not where the owner's surname is a woman's form
("Petrova's brother, Ivan" is no Ivan Petrova) or the owner is known by given name only."""
from tests.engine.resolve.said_by import speaker_of

BREWERY = ("Mariko Sato, 41, took over her family's sake brewery in Fushimi last year. \"I tasted the rice "
           "before I could read,\" Sato said.\n\n"
           "People in the town had expected the brewery to go to Mariko's younger brother, Kenta. Kenta, 37, "
           "who teaches music in Osaka, said he was relieved. \"I would have ruined the rice,\" he said.")

BAKERY = ("Anna Petrova, 30, runs a bakery in Tver. Petrova's brother, Ivan, said he helps on weekends. "
          "\"She works harder than anyone,\" he said.")


def test_a_younger_brother_by_given_name_bears_the_family_name():
    assert speaker_of(BREWERY, "he was relieved") == "Kenta Sato"
    assert speaker_of(BREWERY, "ruined the rice") == "Kenta Sato"


def test_a_womans_surname_is_not_her_brothers():
    assert speaker_of(BAKERY, "he helps on weekends") == "Ivan"
