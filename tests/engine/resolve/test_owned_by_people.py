"""A body's word owned by people ("the family's insurer", "her bank") is theirs, not the one body
of that kind the text names; a facility's owner ("the line's operator") still is."""
import pytest

from said_by import speaker_of
from sourcetrace.engine.resolve.owned_by_people import owned_by_people


@pytest.mark.parametrize("phrase, owned", [
    ("the family's insurer", True), ("The family's insurer", True), ("her bank", True), ("the farmers' lawyer", True),
    ("the couple's lender", True), ("the line's operator", False), ("the company", False),
    ("the mine's owner", False),
])
def test_owned_by_people(phrase, owned):
    assert owned_by_people(phrase) is owned


def test_the_one_rail_firm_named_is_the_lines_operator():
    text = ("Trains stopped on the coast line on Monday.\n\nThe line's operator said the signals had failed. "
            "Estravian Rail Infrastructure runs the line under a 20-year concession.")
    assert speaker_of(text, "signals had failed") == "Estravian Rail Infrastructure"
