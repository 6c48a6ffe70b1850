"""A body called by its short name, its initials or a word for it is the one body the text names
in full; with two that fit, none is guessed."""
import pytest

from said_by import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("The Kestrel Valley Rowing Association said the regatta was cancelled. A KVRA spokeswoman said "
     "the river was too high.", "river was too high", "spokeswoman for Kestrel Valley Rowing Association"),
    ("The contract went to Omnivane Robotics in March. An Omnivane spokesman said every deadline had been met.",
     "deadline had been met", "spokesman for Omnivane Robotics"),
    ("Tenants were served notices by Carrow Freight last week. A company spokeswoman said the notices stood.",
     "the notices stood", "spokeswoman for Carrow Freight"),
])
def test_a_role_before_a_short_name_is_the_role_for_the_body_in_full(text, words, name):
    assert speaker_of(text, words) == name


def test_initials_matching_two_bodies_are_left_as_written():
    text = ("The Kestrel Valley Rowing Association and the Kent Vale Riding Academy both objected. "
            "A KVRA spokeswoman said the river was too high.")
    assert speaker_of(text, "river was too high") == "KVRA spokeswoman"


def test_a_company_spokesman_with_two_firms_named_is_not_guessed():
    text = ("Carrow Freight agreed to buy Halden Haulage for 40 million crowns. "
            "A company spokesman said the deal would close in June.")
    assert speaker_of(text, "deal would close") == "company spokesman"


@pytest.mark.parametrize("text, words, name", [
    ("Ferry fares to rise in spring, township says\n\nThe Township of Orrin Creek will raise fares by "
     "a tenth, officials said on Monday.", "Ferry fares", "Township of Orrin Creek"),
    ("Harbour pilots will strike on Friday, their union said. The Coastal Pilots' Union said talks had failed.",
     "pilots will strike", "Coastal Pilots' Union"),
    ("Thefts up a third in Marlow, police say\n\nThe Marlow Police Department released figures on Monday. "
     "The Marlow Police Officers Association said the force was short of staff.", "Thefts up", "Marlow Police Department"),
    ("Hair dye is safe, maker says\n\nThe dye is sold by Quenby Chemicals, which said it had been tested for years.",
     "Hair dye is safe", "Quenby Chemicals"),
])
def test_a_word_for_a_body_is_the_one_body_named_in_full(text, words, name):
    assert speaker_of(text, words) == name


def test_a_word_for_a_body_with_two_such_bodies_is_not_guessed():
    text = ("Harbour pilots will strike on Friday, their union said. The Coastal Pilots' Union and the "
            "Ferry Crews' Union both backed the action.")
    assert speaker_of(text, "pilots will strike") == "their union"


def test_a_name_set_last_after_a_comma_names_the_body():
    text = "The engineering firm that carried out the inspection, Falk & Rowe, said the girders were sound."
    assert speaker_of(text, "girders were sound") == "Falk & Rowe"


def test_a_short_name_is_the_body_it_opens():
    text = ("Brightlane Cloud said the service was restored. Brightlane denied reports that "
            "the outage had been caused by an attack.")
    assert speaker_of(text, "caused by an attack") == "Brightlane Cloud"


def test_a_word_for_a_firm_with_two_firms_named_is_not_guessed():
    text = ("Hair dye is safe, maker says\n\nThe dye is made by Quenby Chemicals and sold by Tarn Retail Group, "
            "which said it had been tested for years.")
    assert speaker_of(text, "Hair dye is safe") == "maker"


def test_the_company_is_the_firm_that_spoke_not_the_one_firm_named_by_its_words():
    # "Tallowpay" has no firm's word in its name; "Harnett Systems" has, but only stands aside
    text = ("A data leak at payments firm Tallowpay exposed 9,000 accounts, the company said on Monday. "
            "Harnett Systems, its contractor, declined to comment.")
    assert speaker_of(text, "data leak") == "Tallowpay"


@pytest.mark.parametrize("text, name", [
    ("Contractor Dunmarra Civil said the work would finish in May.", "Dunmarra Civil"),
    ("Developer Halyard Estates said the homes would be finished in May.", "Halyard Estates"),
    ("Bank Corran Mutual said the homes would be finished in May.", "Bank Corran Mutual"),  # a name may open so
])
def test_a_trade_written_before_a_firm_s_name_is_no_part_of_it(text, name):
    assert speaker_of(text, "finish") == name
