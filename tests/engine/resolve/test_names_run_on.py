"""A name runs on past where the tagger ended it: over a nickname in quotes, over the particles of
a surname, over surnames after a given name the tagger read as a place, and over the third word of
a name written family name first (resolve/run_on.py)."""
from said_by import speaker_of


def test_a_nickname_in_quotes_does_not_end_the_name():
    text = ("The club's coach, Ramiro \"Chueco\" Albornoz Peña, said the squad had trained twice a day. "
            "\"We were tired, not beaten,\" he said.")
    assert speaker_of(text, "trained twice") == "Ramiro Albornoz Peña"


def test_a_surname_particle_does_not_end_the_name():
    text = "The Mayor of Porto Alegre, Dr. Augusto dos Reis Matos, said in a statement that the pier would reopen."
    assert speaker_of(text, "pier would reopen") == "Augusto dos Reis Matos"
    text = "Ana de la Fuente Ibarra, a nurse in Bilbao, said the ward had been closed since May."
    assert speaker_of(text, "ward had been closed") == "Ana de la Fuente Ibarra"


def test_a_joining_word_is_no_particle():
    text = "Marta y Pedro Lozano said they would stay in the village."
    assert speaker_of(text, "would stay") != "Marta y Pedro Lozano"


def test_surnames_after_a_given_name_read_as_a_place():
    text = ("Gov. Wilfredo Quispe Condori of Puno, who would gain most from the law, did not respond "
            "to questions about it.")
    assert speaker_of(text, "to questions") == "Wilfredo Quispe Condori"


def test_a_name_written_family_name_first_keeps_its_third_word():
    text = "Professor Hoàng Minh Đức of the National Economics University said its methods were sound."
    assert speaker_of(text, "methods were sound") == "Hoàng Minh Đức"


def test_english_words_after_a_name_are_no_surnames():
    text = "Carlos Mendes Monday said the market would open late."
    assert speaker_of(text, "market would open") == "Carlos Mendes"


def test_the_first_of_two_surnames_alone_is_the_person_named_in_full():
    text = ("LIMA — A judge on Monday ordered Rosa Elena Villanueva Tapia, known as \"La Jefa,\" to stand trial.\n\n"
            "Villanueva, in a blue coat, denied the charges. \"I sell fabric,\" she said.")
    assert speaker_of(text, "I sell fabric") == "Rosa Elena Villanueva Tapia"


def test_an_honour_after_an_article_is_no_person():
    text = ("Maria Bellini ran the puppet theatre for fifty years, and she was made a Commendatore of the "
            "Order of Merit in 2004.\n\nIn a 2011 interview, she said puppets were more honest than actors.")
    assert speaker_of(text, "more honest") != "Commendatore"
    assert "Bellini" in speaker_of(text, "more honest")


def test_a_surname_that_is_a_title_is_still_a_name():
    text = "John Major spoke in Leeds on Friday. Major said the treaty would hold."
    assert "Major" in speaker_of(text, "treaty would hold")


def test_a_nickname_then_a_particle_then_a_surname_that_is_also_a_word():
    text = ("Union president Antônio Carlos \"Toninho\" dos Santos said the bonus was the only thing "
            "between a miner and the pharmacy bill.")
    assert speaker_of(text, "only thing between") == "Antônio Carlos dos Santos"


def test_a_name_runs_back_over_a_particle_to_the_given_name():
    text = ("His son, Mateus dos Santos, 24, drives a haul truck. \"I am not going to accept less,\" "
            "Mateus dos Santos said.")
    assert speaker_of(text, "accept less") == "Mateus dos Santos"


def test_a_surname_particle_inside_a_name_read_as_a_body():
    text = "Maria das Graças Foster said the company would sell its refineries."
    assert speaker_of(text, "sell its refineries") == "Maria das Graças Foster"


def test_a_vietnamese_name_keeps_the_family_name_the_tagger_left_out():
    text = "Nguyễn Thị Kim Ngân said the assembly would meet in October."
    assert speaker_of(text, "assembly would meet") == "Nguyễn Thị Kim Ngân"


def test_a_name_runs_back_over_a_nickname_to_the_given_name():
    text = "Rodrigo 'Digong' Salvador Jr. said the rice price would fall by June."
    assert speaker_of(text, "rice price would fall") == "Rodrigo Salvador Jr."


def test_philippine_dela_is_a_particle():
    text = "Senator Ronaldo “Bato” dela Peña said the campaign was justified."
    assert speaker_of(text, "campaign was justified") == "Ronaldo dela Peña"


def test_a_korean_given_name_after_a_post_keeps_its_second_syllable():
    text = 'Prosecutor Park Ji-hoon said the defence would appeal. "Without hesitation," Park said.'
    assert speaker_of(text, "defence would appeal") == "Park Ji-hoon"
    assert speaker_of(text, "Without hesitation") == "Park Ji-hoon"
