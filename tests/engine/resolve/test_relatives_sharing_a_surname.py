"""Relatives who share a surname stay two people: a "he" after one's full name is that one, a given
name alone is the relative so called, "the elder"/"senior" picks by the text's ages or kin words,
and a bare surname is the one the story is about unless the text says which."""
import pytest

from said_by import source_of, speaker_of


def test_he_after_one_brothers_full_name_is_that_brother():
    text = ("Alfie Hollins, 19, and his brother Jack Hollins, 22, are accused of affray outside a pub in Leeds.\n\n"
            "Jack Hollins told the court he had only tried to calm things down.\n\n"
            'Alfie Hollins denied shouting at officers. "I never raised my voice," he said.')
    assert speaker_of(text, "never raised my voice") == "Alfie Hollins"


def test_she_after_one_sisters_full_name_is_that_sister():
    text = ("Wanjiru Kamau and her sister Njeri Kamau both applied for the scheme in 2021.\n\n"
            "Njeri Kamau said she was still waiting for an answer.\n\n"
            'Wanjiru Kamau was turned down. "Nobody explained why," she said.')
    assert speaker_of(text, "Nobody explained why") == "Wanjiru Kamau"


@pytest.mark.parametrize("text,words,name", [
    ("Denise Lowry, 52, has cared for her son since the crash. Her husband, Marcus, gave up his job to help.\n\n"
     '"We had no choice," Marcus said.', "had no choice", "Marcus"),
    ("Aiko Tanaka runs the shop with her husband, Hiroshi. She opened it in 1995.\n\n"
     '"Rents have tripled," Hiroshi said.', "Rents have tripled", "Hiroshi"),
    ("Mónica Herrera, 38, lost her home in the flood. Her brother, Andrés, took the family in.\n\n"
     "Andrés said the council had promised help that never came.", "promised help", "Andrés"),
    ("Sunita Rao said the clinic had been closed for months. Her son, Vikram, drives her to the city now.\n\n"
     '"It takes four hours each way," Vikram said.', "four hours each way", "Vikram"),
])
def test_a_relative_introduced_by_given_name_alone_is_that_relative(text, words, name):
    assert name in speaker_of(text, words)


@pytest.mark.parametrize("text,words,name", [
    ("Imran Bhatti, 58, and his son Zain Bhatti, 24, run the family's two restaurants.\n\n"
     '"We have survived worse," the elder Bhatti said.', "survived worse", "Imran Bhatti"),
    ("Imran Bhatti, 58, and his son Zain Bhatti, 24, run the family's two restaurants.\n\n"
     '"We will need to close one," the younger Bhatti said.', "close one", "Zain Bhatti"),
    ("Tom Keane and his son Rory Keane both trained at the same club.\n\n"
     '"He is quicker than I ever was," Keane senior said.', "quicker than I ever was", "Tom Keane"),
    ("Tom Keane and his son Rory Keane both trained at the same club.\n\n"
     '"Dad still tells me what to do," Keane junior said.', "Dad still tells me", "Rory Keane"),
])
def test_elder_and_younger_of_a_family_by_the_texts_own_words(text, words, name):
    assert speaker_of(text, words) == name


def test_the_same_full_name_for_father_and_son_stays_two_people():
    text = ("Georges Khoury, 81, planted the first vines in 1974. His son, also Georges Khoury, 49, now runs the estate.\n\n"
            '"The war took everything once," Georges Khoury the elder said.\n\n'
            '"We lost a third of the harvest," Georges Khoury the younger said.')
    father, son = source_of(text, "war took everything"), source_of(text, "lost a third")
    assert father is not son


@pytest.mark.parametrize("text,words,name", [
    ("Okonjo vows to fight extradition\n\n"
     "Emeka Okonjo, the former oil minister, said on Monday he would fight the request. "
     "His brother, Chinedu Okonjo, a lawyer in Lagos, said the family had not been told of it.\n\n"
     '"This is a political case," Okonjo said.', "political case", "Emeka Okonjo"),
    ("Grace Mwangi won the 10,000 metres on Sunday, with her sister Ruth Mwangi third.\n\n"
     "Ruth Mwangi, 24, said she had a cold all week.\n\n"
     "The race was run in heavy rain, and only nine of the 14 starters finished.\n\n"
     '"I felt strong from the start," Mwangi said.', "felt strong", "Grace Mwangi"),
])
def test_a_bare_surname_among_relatives_is_the_one_the_story_is_about(text, words, name):
    assert speaker_of(text, words) == name


@pytest.mark.parametrize("text,words,name", [
    ("Ferreira banned for three games\n\n"
     "The league on Monday banned Porto Alegre striker Tomás Ferreira for three games for shoving a linesman.\n\n"
     '"I lost my head and I am sorry," Ferreira wrote on Instagram.\n\n'
     'Midfielder João Ferreira, no relation, said the squad was behind him. "He will come back stronger," he said.',
     "lost my head", "Tomás Ferreira"),
    ("A judge on Friday ordered former port chief Ana Paula Souza Prado to stand trial for fraud.\n\n"
     "Souza Prado has denied any wrongdoing.\n\n"
     "Her daughter, Beatriz Souza Prado, a city councillor, wrote that her mother was being tried by the press.",
     "any wrongdoing", "Ana Paula Souza Prado"),
    ("Police in Riyadh detained businessman Mohammed Al-Harbi on Sunday over unpaid wages.\n\n"
     '"Every worker will be paid," Al-Harbi told reporters outside the station.\n\n'
     "His cousin, Faisal Al-Harbi, said the family would cover the debts.",
     "Every worker will be paid", "Mohammed Al-Harbi"),
])
def test_a_bare_surname_before_a_second_full_name_is_the_first_so_named(text, words, name):
    assert speaker_of(text, words) == name
