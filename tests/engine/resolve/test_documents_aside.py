"""What is said of a document by the way, set off by a comma ("The notice, required under the federal WARN
Act, said"), is no part of what a reader cites it as; what names it in its own words stays."""
from said_by import speaker_of


def test_a_participle_set_off_by_a_comma_is_left_out():
    text = "The notice, required under the federal WARN Act, said the cuts were permanent.\n"
    assert speaker_of(text, "cuts were permanent") == "notice"


def test_a_lawsuit_filed_in_a_court_set_off_by_commas_is_the_lawsuit():
    text = "The lawsuit, filed in Valley County District Court, says the board broke the county code.\n"
    assert speaker_of(text, "broke the county code") == "lawsuit"
