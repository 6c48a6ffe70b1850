"""A possessive inside a name ("Drumlin Growers' Association") is dropped from the name a reader
is given, and the space after it kept: never "GrowersAssociation"."""
from sourcetrace.engine.parse import load_nlp
from sourcetrace.engine.resolve.names import without_possessive


def test_the_space_a_dropped_possessive_carried_is_kept():
    doc = load_nlp()("Drumlin Growers' Association chairman Fergal Nolan spoke.")
    assert without_possessive(doc[0:4]) == "Drumlin Growers Association"
    assert without_possessive(doc[4:7]) == "chairman Fergal Nolan"
