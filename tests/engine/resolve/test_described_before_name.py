"""An age, a trade or an epithet written before a name in the same phrase ("the 23-year-old
Novak, who …", "veteran striker Osei, who …") describes the person: the source is the name,
and the words before it its description."""
import pytest

from said_by import source_of
from sourcetrace.engine.resolve.described_before_name import split_described

CASES = [
    ("The 23-year-old Novak, who was named man of the match, said he had been nervous.", "nervous",
     "Novak", "23-year-old"),
    ("The 31-year-old Fernandes, who missed last season with a knee injury, said he was ready.", "ready",
     "Fernandes", "31-year-old"),
    ("Veteran striker Osei, who scored twice, said the team had deserved the win.", "deserved",
     "Osei", "Veteran striker"),
    ("The 19-year-old Nakamura, whose goal won the final, told reporters she had not slept.", "slept",
     "Nakamura", "19-year-old"),
    ("The 67-year-old Al-Hassan, who has run the shop since 1979, said trade had never been worse.", "trade",
     "Al-Hassan", "67-year-old"),
    ("Seasoned campaigner Ngozi Eze, who has fought the plan for a decade, said the council had lied.", "lied",
     "Ngozi Eze", None),
    ("The 54-year-old da Costa, who drives a lorry, said fuel prices were ruinous.", "ruinous",
     "da Costa", "54-year-old"),
    ("The 72-year-old Brennan, who was arrested in March, maintained that he was innocent.", "innocent",
     "Brennan", "72-year-old"),
]


@pytest.mark.parametrize("text,words,name,description", CASES)
def test_the_name_is_the_source_and_the_words_before_it_its_description(text, words, name, description):
    source = source_of(text, words)
    assert source.name == name
    if description is not None:
        assert source.description == description


@pytest.mark.parametrize("name", ["Ahmad bin Ismail", "Maria da Silva", "Ludwig van Beethoven", "Faris al-Majali",
                                  "Nguyen Thi Lan", "Juan de la Cruz"])
def test_a_names_own_lower_case_particles_stay(name):
    assert split_described(name) == (name, None)


def test_particles_after_the_description_open_the_name():
    assert split_described("veteran van der Berg") == ("van der Berg", "veteran")
