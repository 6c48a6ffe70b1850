"""A single writing that speaks in its own words ("the report warns", "the notice states") is
named with its maker ("report by the Coral Sea Institute"), not by the maker alone: what it says
is written, and a reader cites the writing and whose it is together. Plural records and figures
keep their maker's name alone."""
from said_by import source_of


def test_a_report_by_a_body_is_named_with_its_maker():
    text = ("A report by the Coral Sea Institute, a private think tank, was released on Monday.\n\n"
            "The report warns that reef tourism could halve within a decade.")
    source = source_of(text, "reef tourism")
    assert source.kind == "document" and source.name == "report by Coral Sea Institute"


def test_a_notice_a_body_issued_is_named_with_it():
    text = ("The Port Authority of Varrow on Monday issued a notice to shipping agents.\n\n"
            "The notice said that berths would close for dredging from June.")
    source = source_of(text, "berths would close")
    assert source.kind == "document" and source.name == "notice by Port Authority of Varrow"


def test_a_letter_from_a_ministry_keeps_its_word_from():
    text = ("Teachers received a letter from the Ministry of Schools last week.\n\n"
            "The letter states that salaries will be paid on time.")
    source = source_of(text, "salaries will be paid")
    assert source.kind == "document" and source.name == "letter from Ministry of Schools"
