"""A person met first by family name alone ("Chancellor Takeda" in a headline), then in full with
the family name first ("Takeda Shinobu"), then as "Mr Takeda": a reader names them in full."""
from said_by import speaker_of

from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve.family_names import named_in_full_family_first

HEADLINE = "Chancellor Takeda unveils budget, keeps rice subsidy\n\n"


def test_the_titled_family_name_takes_the_full_name_written_family_name_first():
    text = (HEADLINE + "OSAKA — Chancellor Takeda Shinobu on Monday unveiled a budget that keeps "
            "the rice subsidy.\n\n\"Farmers will not pay for this year's deficit,\" Mr Takeda told "
            "reporters.")
    assert speaker_of(text, "Farmers will not pay") == "Takeda Shinobu"


def test_two_full_names_opening_on_the_family_name_give_no_one_name():
    doc = parse_text(load_nlp(), "OSAKA — Chancellor Takeda Shinobu on Monday unveiled a budget. "
                                 "His brother, Takeda Ryo, runs a farm.")
    assert named_in_full_family_first(doc, "Takeda") is None


def test_a_family_name_that_ends_a_full_name_gives_no_name_written_family_first():
    doc = parse_text(load_nlp(), "OSAKA — Chancellor Takeda Shinobu on Monday unveiled a budget. "
                                 "Her rival, Kenji Takeda, runs a farm.")
    assert named_in_full_family_first(doc, "Takeda") is None


def test_a_first_name_is_no_family_name():
    text = ("Mr Thomas said the bridge would reopen in May. Thomas Wright, a ferry operator, said "
            "the delay had cost him customers.")
    assert speaker_of(text, "bridge would reopen") != "Thomas Wright"
