"""A "he"/"she" passes over someone unnamed of no known sex, latest in view, for the named person of
its sex who came before them in that sentence."""
import pytest

from said_by import speaker_of

NAMED = [
    ("Rosa Díaz sat beside a specialist who said the scan was clear. “I cried all the way home,” she said.",
     "cried all the way", "Rosa Díaz"),
    ("Tomasz Nowak hired an accountant, who told the court the books were in order. “I trusted the numbers,” he said.",
     "trusted the numbers", "Tomasz Nowak"),
    ("Ama Owusu listened as a clerk announced the result. “I knew it,” she said.", "I knew it", "Ama Owusu"),
    ("Hiroshi Tanaka stood next to a colleague who said the plant was safe. “We checked every pipe,” he said.",
     "checked every pipe", "Hiroshi Tanaka"),
    ("Fatima Zahra met an official who said the permit would be issued. She said she was relieved.",
     "was relieved", "Fatima Zahra"),
    ("Luis Ortega spoke after a witness testified that the car was red. He said the witness was mistaken.",
     "witness was mistaken", "Luis Ortega"),
]


@pytest.mark.parametrize("text, words, who", NAMED)
def test_the_named_one_of_its_sex(text, words, who):
    assert speaker_of(text, words) == who


KEPT = [
    # the named one is of the other sex
    ("Tomasz Nowak hired an accountant, who told the court the books were in order. “I trusted the numbers,” she said.",
     "trusted the numbers", "Tomasz Nowak"),
    # the unnamed one's word says her sex
    ("Ama Owusu listened as a spokeswoman announced the result. “Stay calm,” she said.", "Stay calm", "Ama Owusu"),
]


@pytest.mark.parametrize("text, words, who", KEPT)
def test_not_the_named_one(text, words, who):
    assert speaker_of(text, words) != who
