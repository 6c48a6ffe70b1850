"""A firm called later by its opening word, hyphens kept ("Dunmarra-Kell" for Dunmarra-Kell Engineering),
is the firm, not a person the tagger saw; a name ending as only firms' names do ("Norvale Pharma") is a
firm, so "it" after it is the firm."""
from said_by import speaker_of


def test_a_hyphenated_short_name_is_the_firm_in_full():
    text = ("Mr Lim said the contractor, Dunmarra-Kell Engineering, would bear the cost.\n\n"
            "Dunmarra-Kell did not respond to queries by press time.\n")
    assert speaker_of(text, "to queries by press time") == "Dunmarra-Kell Engineering"


def test_a_hyphenated_surname_that_ends_a_person_s_name_stays_the_person():
    text = ("Anna Dunmarra-Kell, who chairs Dunmarra-Kell Engineering, spoke first.\n\n"
            "Dunmarra-Kell said the cost would be met.\n")
    assert speaker_of(text, "cost would be met") == "Anna Dunmarra-Kell"


def test_it_after_a_firm_named_by_its_last_word_is_the_firm():
    text = ("The sole supplier, Halvor Pharma, said in an email that it was working with regulators. "
            "It did not answer questions about how many patients were affected.\n")
    assert speaker_of(text, "how many patients") == "Halvor Pharma"
