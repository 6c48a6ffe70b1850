from said_by import speaker_of


def test_words_for_one_person_joined_by_and_before_a_name():
    text = ("The theatre reopened on Friday.\n\n"
            "The writer and director Nadine Sabbagh said the stage \"still smells of dust\".")
    assert speaker_of(text, "still smells of dust") == "Nadine Sabbagh"


def test_descriptions_before_a_name_with_a_clause_after_it():
    text = ("The luthier died on Monday.\n\n"
            "The singer and composer Karim Aboud, who bought his first lute from him in 1990, described "
            "him as \"a man with patient hands\".")
    assert speaker_of(text, "patient hands") == "Karim Aboud"


def test_a_small_post_after_its_body_and_a_second_post_before_a_name():
    text = ("The dam will be finished in 2029.\n\n"
            "Tamarack Power president and CEO Gilles Ouimet said the budget had been met.")
    assert speaker_of(text, "budget had been met") == "Gilles Ouimet"


def test_a_description_with_its_own_article_is_someone_else():
    text = "The mayor and the fire chief Dana Whitt said the road would stay closed."
    assert speaker_of(text, "road would stay closed") != "Dana Whitt"
