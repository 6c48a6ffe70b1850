"""What is said of a document by the way, set off by a comma ("The notice, required under the federal WARN
Act, said"), is no part of what a reader cites it as; what names it in its own words stays."""
from said_by import speaker_of


def test_a_participle_set_off_by_a_comma_is_left_out():
    text = "The notice, required under the federal WARN Act, said the cuts were permanent.\n"
    assert speaker_of(text, "cuts were permanent") == "notice"


def test_a_lawsuit_filed_in_a_court_set_off_by_commas_is_the_lawsuit():
    text = "The lawsuit, filed in Valley County District Court, says the board broke the county code.\n"
    assert speaker_of(text, "broke the county code") == "lawsuit"


def test_a_document_crediting_no_one_keeps_when_it_came_out():
    text = "There are 48,200 people on the waiting list, according to figures published on Tuesday.\n"
    assert speaker_of(text, "waiting list") == "figures published on Tuesday"


def test_a_document_crediting_someone_is_theirs_whenever_it_came_out():
    text = "A report released on Thursday by the Harbour Trust found that fees had doubled.\n"
    assert speaker_of(text, "fees had doubled") == "report by Harbour Trust"
