"""Business news calls a firm by its trade ("the planter", "the refiner") and a ferry operator's
name ends as an operator's does ("… Ferries"): both find the one firm the text names."""
from said_by import source_of, speaker_of


def test_the_planter_is_the_plantation_firm():
    text = ("Seri Mahkota Palm Bhd posted a 20 per cent rise in net profit, the planter said "
            "in a filing on Thursday.")
    assert speaker_of(text, "20 per cent rise") == "Seri Mahkota Palm Bhd"


def test_the_refiner_is_the_refining_firm():
    text = ("Gulfmark Petroleum cut its forecast on Monday. The refiner said margins had fallen "
            "for a third quarter.")
    assert speaker_of(text, "margins had fallen") == "Gulfmark Petroleum"


def test_the_corporation_is_the_ferry_operator_named_later():
    text = ("Q: The corporation says it will replace the old ship by 2028. Is that realistic?\n"
            "A: I doubt it.\n"
            "Skerra Island Ferries did not respond to a request for comment.")
    assert speaker_of(text, "replace the old ship") == "Skerra Island Ferries"


def test_a_planter_named_is_a_person():
    text = "A tea planter, Arun Rao, said the rains had come late."
    assert source_of(text, "rains had come late").kind == "person"
