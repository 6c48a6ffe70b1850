"""Turkic names by a father's given name ("Nurlan Bakyt uulu", his daughter "Cholpon Nurlan kyzy"):
the lower-case word belongs to the name, the story calls each by the last two words, and the
father's given name inside the daughter's name does not make her words his."""
from tests.engine.resolve.said_by import speaker_of

KYRGYZ = ("Every spring, Nurlan Bakyt uulu takes his horses to the high valley above Kochkor.\n\n"
          "\"The grass is thinner each year,\" Bakyt uulu, 61, said.\n\n"
          "His daughter, Cholpon Nurlan kyzy, 24, works as a vet in Bishkek. She said the herds were "
          "getting smaller. \"My father will never sell the horses,\" she said.\n\n"
          "Bakyt uulu said he would stay another summer. \"The valley is my home,\" he said.")

AZERI = ("Farmer Elnur Rashid oglu grows cotton near Ganja. \"Water is everything here,\" Rashid oglu said.\n\n"
         "His daughter, Leyla Elnur qizi, said she wanted to study agronomy. \"I will come back,\" she said.")


def test_the_father_by_his_patronymic_is_the_father_in_full():
    assert speaker_of(KYRGYZ, "The grass is thinner") == "Nurlan Bakyt uulu"


def test_the_daughter_keeps_her_words():
    assert speaker_of(KYRGYZ, "the herds were getting smaller") == "Cholpon Nurlan kyzy"
    assert speaker_of(KYRGYZ, "My father will never sell") == "Cholpon Nurlan kyzy"


def test_the_patronymic_alone_as_subject_is_the_whole_name():
    assert speaker_of(KYRGYZ, "The valley is my home") == "Nurlan Bakyt uulu"


def test_an_azerbaijani_daughter_is_no_part_of_her_father():
    assert speaker_of(AZERI, "Water is everything here") == "Elnur Rashid oglu"
    assert speaker_of(AZERI, "I will come back") == "Leyla Elnur qizi"


OFFICIAL = ("Deputy Minister of Agriculture Samir Vaqif oglu Huseynli said on Monday that the harvest would be late. "
            "\"The rains came a month early,\" Huseynli told reporters in Baku.")


def test_a_family_name_after_the_patronymic_ends_the_name():
    assert speaker_of(OFFICIAL, "the harvest would be late") == "Samir Vaqif oglu Huseynli"
    assert speaker_of(OFFICIAL, "The rains came a month early") == "Samir Vaqif oglu Huseynli"


def test_a_patronymic_ending_names_a_person_the_tagger_took_for_a_body():
    text = "Minister of Economy and Commerce Daniyar Asanbekovich Toktogulov said the merger would save money."
    assert speaker_of(text, "the merger would save money") == "Daniyar Asanbekovich Toktogulov"
    text = "Olena Petrivna Kravets, head of the tax office, said revenues had risen."
    assert speaker_of(text, "revenues had risen") == "Olena Petrivna Kravets"
