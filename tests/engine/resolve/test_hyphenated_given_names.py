"""Given names of two syllables joined by a hyphen, as Korean and Chinese names are romanised
("Yoon Suk-yeol", "Lim Chae-woo"): the tagger may end the name at the hyphen, a reader never does;
a word set against a name with a hyphen that is English ("Smith-led", "Blair-era") stays out."""
from said_by import source_of

from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve.names import person_entities


def _people(text: str) -> list[str]:
    return [p.text for p in person_entities(parse_text(load_nlp(), text))]


def test_the_name_runs_on_over_the_hyphen_of_a_given_name():
    text = "Governor Lim Chae-woo did not respond to a written request for an interview."
    s = source_of(text, "written request")
    assert s.name == "Lim Chae-woo" and s.kind == "person"


def test_the_hyphenated_given_name_after_a_title():
    text = "President Yoon Suk-yeol said the talks would resume in the spring."
    assert source_of(text, "talks would resume").name == "Yoon Suk-yeol"


def test_an_english_word_after_a_hyphen_is_no_part_of_the_name():
    assert _people("Mary Smith-led protests spread across the county.") == ["Mary Smith"]


def test_two_short_syllables_make_a_given_name_though_the_second_is_english():
    text = ("Judge Chan Wai-man sentenced Tsang Ka-lok to six years. "
            "Judge Chan said the fraud had been planned for months.")
    assert source_of(text, "planned for months").name == "Chan Wai-man"
