"""A word for a body said where it is ("Police in Kelso") is the one body the text names with both; a
department split by the tagger ("Fisheries" and "Oceans Canada") is still the one department."""
from said_by import speaker_of
from sourcetrace import analyze


def test_police_in_a_town_are_the_town_s_police_service():
    text = ("Police in Kelso, B.C., say they are investigating a series of fires.\n\n"
            "Sgt. Meera Dhillon of the Kelso Police Service said three were set deliberately.\n")
    assert speaker_of(text, "investigating a series of fires") == "Kelso Police Service"


def test_police_in_a_town_with_no_such_body_named_stay_as_written():
    text = ("Police in Kelso, B.C., say they are investigating a series of fires.\n\n"
            "Sgt. Meera Dhillon of the Marden Police Service said three were set deliberately.\n")
    assert speaker_of(text, "investigating a series of fires") != "Marden Police Service"


def test_the_department_is_the_portfolio_body_the_tagger_split():
    text = ("A spokesperson for Fisheries and Oceans Canada said officers were on the wharf. The department "
            "did not answer questions about whether it would send more officers.\n")
    assert speaker_of(text, "questions about whether it would send") == "Fisheries and Oceans Canada"


def test_where_a_firm_is_is_no_part_of_its_name():
    text = ("The recall covers 4,000 kettles.\n\n"
            "The supplier, Dorrow Plastics of Kelsby, could not be reached for comment.\n")
    r = analyze(text)
    names = {r.source(a.source_id).name for a in r.attributions if a.source_id}
    assert "Dorrow Plastics" in names and "Dorrow Plastics of Kelsby" not in names
