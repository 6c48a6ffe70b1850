"""A body's post written with a hyphen ("Director-General", "Secretary-General") set before a
name, and the name in another script in brackets after it: "Department of Statistics
Director-General Tsai Mei-ling (蔡美玲)" is Tsai Mei-ling, and the bracketed name is an alias."""
from said_by import source_of


def test_a_hyphenated_post_of_a_body_is_no_part_of_the_name():
    text = "Port Authority Director-General Wanjiru Kamau said the new berth would open in May."
    s = source_of(text, "new berth would open")
    assert s.name == "Wanjiru Kamau" and s.kind == "person"


def test_the_name_in_another_script_in_brackets_is_no_part_of_the_name():
    text = ("Bureau of Energy Deputy Director-General Huang Wen-chi (黃文琪) told reporters that "
            "power reserves would stay above 10 percent this summer.")
    s = source_of(text, "power reserves would stay")
    assert s.name == "Huang Wen-chi" and s.kind == "person"


def test_a_hyphenated_word_that_ends_on_no_title_is_still_a_body():
    text = "The Anglo-Dutch Trading Company said its ships would sail on Monday."
    s = source_of(text, "ships would sail")
    assert s.kind != "person"
