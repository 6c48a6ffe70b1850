"""Bodies named together beside the word for them are called by their names; an unnamed body by
the participle that says which one. Sentences written for the test."""
from sourcetrace import analyze


def _speakers(text: str) -> list[str]:
    analysis = analyze(text)
    return [analysis.source(a.source_id).name for a in analysis.attributions if a.source_id]


def test_two_firms_named_beside_their_word():
    text = ("One of the three, Eastmoor Gas, rejected the fine. The other two firms, Brightwater Power and "
            "Kelso Energy, did not respond to requests for comment.")
    assert _speakers(text)[-1] == "Brightwater Power and Kelso Energy"


def test_an_unnamed_body_keeps_the_participle_that_says_which():
    text = ("The union representing 800 Harbourside cleaners, which is in talks with the council, "
            "did not respond to a request for comment.")
    assert _speakers(text) == ["union representing 800 Harbourside cleaners"]


def test_a_long_participle_phrase_is_not_kept():
    text = ("The agency hosting the annual regional conference on water quality and river health in the "
            "north declined to comment.")
    assert _speakers(text) == ["agency"]


def test_two_operators_named_beside_a_plural_word():
    text = ("The two smaller ferry operators, Bluewake Lines and Norrfarer Shipping, did not immediately "
            "respond to requests for comment.")
    assert _speakers(text)[-1] == "Bluewake Lines and Norrfarer Shipping"


def test_one_operator_named_beside_a_singular_word_keeps_its_one_name():
    text = "The operator, Gull Reach Transit (GRT), said fares would rise in May."
    assert _speakers(text) == ["Gull Reach Transit"]
