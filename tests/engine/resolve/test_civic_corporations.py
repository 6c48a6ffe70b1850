""""The municipal corporation", "the city corporation": a town's own body (South Asia's city
governments), never the one firm the text names."""
from said_by import speaker_of


def test_the_municipal_corporation_is_no_firm_named():
    text = ("Police arrested a director of Sahyadri Buildcon Pvt Ltd after the collapse. Residents said "
            "the building had been declared unsafe.\n\nThe municipal corporation did not respond to a "
            "request for comment.\n")
    assert "Sahyadri" not in speaker_of(text, "request for comment")
