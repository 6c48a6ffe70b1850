"""Where someone is from ("Your father is from Enugu", "she comes from Tamale") is a place, whatever
the tagger took it for; "a letter from Ama" names her."""
from sourcetrace.engine.parse import load_nlp
from sourcetrace.engine.resolve.names import person_entities


def _people(text: str) -> list[str]:
    return [p.text for p in person_entities(load_nlp()(text))]


def test_a_town_one_is_from_is_no_person():
    assert "Enugu" not in _people("Q: Your father is from Enugu. How much of the film is his story?")


def test_one_a_letter_is_from_is_still_a_person():
    assert "Ama Owusu" in _people("The council read out a letter from Ama Owusu on Tuesday.")
