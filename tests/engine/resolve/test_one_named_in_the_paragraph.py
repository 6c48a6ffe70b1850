"""A "he" or "she" after a paragraph that names one person only, whose given name says no sex, is
that person, not someone quoted paragraphs back (nearer.py)."""
from said_by import speaker_of


def test_a_korean_name_alone_in_the_paragraph():
    text = ("SEOUL — \"Again,\" says Yoon Dae-sung, the studio's vocal coach, without looking up.\n\n"
            "The band's first album sold 600,000 copies in a month.\n\n"
            "The drummer, Seo Min-gyu, 23, trained for five years before the debut. "
            "\"Some nights I wanted to quit and go home to Busan,\" he says.")
    assert speaker_of(text, "Some nights I wanted to quit") == "Seo Min-gyu"


def test_a_chinese_name_alone_in_the_paragraph():
    text = ("Ng Ka-wing, the shop's owner, said rents had doubled. \"We cannot go on,\" he said.\n\n"
            "Tang Siu-ming, 61, has repaired watches in the arcade since 1982. "
            "\"My customers are all old now,\" he said.")
    assert speaker_of(text, "My customers are all old now") == "Tang Siu-ming"


def test_a_name_of_no_known_sex_in_a_lagos_story():
    text = ("Chief Adewale Okonkwo said the market would reopen in May. \"We have waited long,\" he said.\n\n"
            "A trader, Tolu Balogun-Idowu, lost two stalls in the fire. "
            "\"Everything I had was in there,\" he said.")
    assert speaker_of(text, "Everything I had was in there") == "Tolu Balogun-Idowu"


def test_the_one_chosen_named_in_the_paragraph_keeps_the_pronoun():
    text = ("The band's album sold 600,000 copies.\n\n"
            "Yoon Dae-sung, the vocal coach, said Seo Min-gyu had improved. \"He is nearly ready,\" he says.")
    assert speaker_of(text, "He is nearly ready") == "Yoon Dae-sung"


def test_two_names_of_no_known_sex_leave_the_pronoun_be():
    text = ("\"Again,\" says Yoon Dae-sung, the vocal coach.\n\n"
            "Seo Min-gyu and Han Ji-ho trained for five years. \"It was hard,\" he says.")
    assert speaker_of(text, "It was hard") not in ("Han Ji-ho",)
