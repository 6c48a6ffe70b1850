"""Lower-case words that class a body, glued before its name ("sports data site GoalMetrics",
"the opposition Narodna Volya movement"), say what it is: they are no part of its name."""
import pytest

from said_by import speaker_of

CASES = [
    ("Sports data site GoalMetrics said the striker had scored in five straight games.", "striker", "GoalMetrics"),
    ("Price comparison website Shoppr said prices had risen by a fifth.", "prices", "Shoppr"),
    ("Streaming service Vidora said it would raise its prices in March.", "raise", "Vidora"),
    ("Investigative outlet Kwanza Files reported that the minister had lied.", "minister", "Kwanza Files"),
    ("The opposition Narodna Volya movement said the vote had been rigged.", "rigged", "Narodna Volya movement"),
    ("The opposition Ata-Meken party said the count had been rigged.", "count", "Ata-Meken party"),
    ("The ruling Unity and Progress party said the result was clear.", "result", "Unity and Progress party"),
    ("Fact-checking platform VeriCheck said the claim was false.", "claim", "VeriCheck"),
]


@pytest.mark.parametrize("text,words,name", CASES)
def test_the_body_by_its_name_alone(text, words, name):
    assert speaker_of(text, words) == name


def test_a_persons_trade_before_a_name_stays_a_person():
    assert speaker_of("Ghanaian rapper Kwesi Mensah said the tour was off.", "tour") == "Kwesi Mensah"
