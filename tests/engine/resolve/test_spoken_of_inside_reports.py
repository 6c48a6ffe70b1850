"""A speaker whose words are reported inside another's ("the union's claim that …" in the company's
denial) is spoken of there: the next "it" or "she" is still the one who reported them
(resolve/__init__.py marks such mentions, coref.py leaves them out of view)."""
from said_by import speaker_of


def test_she_after_a_denial_of_a_relatives_claim_is_the_denier():
    text = ("Rosa Pereira and her brother Tomas Pereira run the bakery their father opened.\n\n"
            "Tomas Pereira said the ovens were too old to keep.\n\n"
            "Rosa Pereira rejected her brother's claim that the bakery was losing money. "
            "\"We sold out every day in May,\" she said.")
    assert speaker_of(text, "sold out every day") == "Rosa Pereira"


def test_it_after_a_denial_of_a_union_claim_is_the_company():
    text = ("Harlow Freight rejected the drivers' union's claim that rest breaks were being cut. "
            "\"Every shift keeps the breaks the law requires,\" it said.")
    assert speaker_of(text, "Every shift keeps") == "Harlow Freight"


def test_a_source_named_inside_a_report_is_still_a_source_for_a_description():
    text = ("The planters' association said Kelapa Emas Bhd had posted a record profit. "
            "The planter said labour shortages had eased.")
    assert speaker_of(text, "labour shortages had eased") == "Kelapa Emas Bhd"
