""""The Oslo-based shipper": a firm's trade after where it is based recalls the firm the story
is about, the one it names first. Sentences written for the test."""
from said_by import speaker_of


def test_a_located_trade_word_is_the_lead_firm():
    text = ("Harrowfield Freight Ltd. reported a drop in profit on Tuesday. "
            "The Leeds-based shipper said fuel costs rose by a fifth. "
            "Analysts at Castlegate Securities said the results were weak.")
    assert speaker_of(text, "fuel costs rose") == "Harrowfield Freight"


def test_a_located_person_is_no_firm():
    text = ("Harrowfield Freight Ltd. reported a drop in profit on Tuesday. "
            "The Leeds-based analyst said fuel costs rose by a fifth.")
    assert speaker_of(text, "fuel costs rose") != "Harrowfield Freight"


def test_an_unlocated_trade_word_is_left_to_the_other_rules():
    text = ("Harrowfield Freight Ltd. reported a drop in profit on Tuesday. "
            "Analysts at Castlegate Securities said the results were weak. "
            "A shipper said fuel costs rose by a fifth.")
    assert speaker_of(text, "fuel costs rose") != "Harrowfield Freight"
