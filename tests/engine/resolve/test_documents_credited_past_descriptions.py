"""A document credited to a body as the world's press writes it: with what the body is in lower
case before its name ("a report by rights group Suara Keadilan"), or made for one body by another
("a report prepared for the council by Harlan Engineering")."""
import pytest

from said_by import source_of


@pytest.mark.parametrize("text, words, name", [
    ("Cells hold three times their capacity, according to a report released yesterday by rights group "
     "Tanah Adil.", "three times", "report by Tanah Adil"),
    ("Fares rose 9 percent last year, according to figures from watchdog Fair Rail Lanka.", "Fares rose",
     "Fair Rail Lanka"),
])
def test_what_a_body_is_before_its_name_is_no_part_of_it(text, words, name):
    source = source_of(text, words)
    assert (source.kind, source.name) == ("document", name)


def test_a_body_named_with_no_description_keeps_its_whole_name():
    text = "Fares rose 9 percent last year, according to figures from the Port Varrow Authority."
    assert source_of(text, "Fares rose").name == "Port Varrow Authority"


def test_a_document_made_for_one_body_by_another_is_the_makers():
    text = ("According to a feasibility report prepared for the municipality by the Marmara Transit Research "
            "Centre, the line will cut emissions by a third.")
    assert source_of(text, "cut emissions").name == "report by Marmara Transit Research Centre"


def test_a_document_made_for_a_body_by_no_one_named_is_known_by_its_words():
    text = "According to a report prepared for the council, the bridge needs urgent repairs."
    assert source_of(text, "bridge needs").name == "report prepared for the council"


def test_how_long_a_document_is_is_no_part_of_it():
    text = ("According to the 212-page report, published on Tuesday, contractors were paid for flooring that "
            "inspectors could not find. The report says nine officials should face proceedings.")
    assert source_of(text, "contractors were paid").name == "report"
    assert source_of(text, "nine officials").name == "report"


def test_how_long_a_study_ran_stays():
    text = "According to the 40-year study, winters on the plateau have shortened by a fortnight."
    assert source_of(text, "winters on the plateau").name == "40-year study"
