"""A document known later only as "the report" is the one the text said a body made ("The State
Audit Office today published its annual report … The report found …"): credited to that body,
as a reader credits it, however the parser read a dateline before the body."""
import pytest
from said_by import source_of


@pytest.mark.parametrize("opening", ["", "VILNIUS, 3 May — "])
def test_the_report_is_the_body_that_published_it(opening):
    text = (f"{opening}The State Audit Office (SAO) today released its annual report on rural roads.\n\n"
            "The report found that 30 contracts were signed without a tender.")
    source = source_of(text, "30 contracts")
    assert source.kind == "document" and source.name == "report by State Audit Office"


def test_a_report_two_bodies_made_is_credited_to_neither():
    text = ("The State Audit Office released a report on roads in May. The Roads Agency published a report "
            "on bridges in June.\n\nThe report found that 30 contracts were signed without a tender.")
    assert source_of(text, "30 contracts").name not in ("State Audit Office", "Roads Agency")
