"""A body whose name opens on its letters ("NHS Glenmorven") is a body, and "the board" after it is that
body; a level of government in lower case ("the state Office of the Inspector General") is no part of
a body's name."""
from said_by import speaker_of


HEALTH = ("More than 400 patients in the Glenmorven health board area have waited over two years.\n\n"
          "NHS Glenmorven said in a statement that staffing shortages had hit planned surgery. The board denied "
          "that any patient had been removed from the list.\n\n"
          "A letter from the board to Mr Dreever said a recovery plan would be published.\n")


def test_a_name_opening_on_letters_is_a_body_and_the_board_is_it():
    assert speaker_of(HEALTH, "staffing shortages") == "NHS Glenmorven"
    assert speaker_of(HEALTH, "removed from the list") == "NHS Glenmorven"
    assert speaker_of(HEALTH, "recovery plan") == "letter from NHS Glenmorven"


def test_a_title_in_capitals_before_a_name_is_still_a_person_s():
    text = "MSP Callum Dreever said the waits were a disgrace.\n"
    assert speaker_of(text, "waits were a disgrace") == "Callum Dreever"


def test_a_level_of_government_is_no_part_of_a_body_s_name():
    text = ("A report released Thursday by the state Office of the Inspector General found that the officer "
            "acted within policy.\n")
    assert speaker_of(text, "acted within policy") == "report by Office of the Inspector General"


def test_a_body_s_letters_before_a_post_and_a_name_are_no_body_s_name():
    text = "NASA Administrator Bill Nelson said the launch would go ahead.\n"
    assert speaker_of(text, "launch would go ahead") == "Bill Nelson"
