"""A check reported by a denier after the denial that found none of what was alleged ("inspections
found no problems") denies too; the same finding from one who denied nothing, a finding still to
come, or one that found something, asserts. A choice not yet made ("I haven't decided") is no
denied deed."""
import pytest


DENIAL = "The plant manager, Neil Ortega, denied that the tank had leaked. "


def test_a_check_that_found_none_after_the_denial_denies(stance_of):
    text = DENIAL + "Ortega said inspections last year found no problems with the tank."
    assert stance_of(text, "inspections last year", statements_only=True) == "deny"


@pytest.mark.parametrize("text, opening", [
    ("The plant manager, Neil Ortega, said inspections last year found no problems with the tank.", "inspections"),
    (DENIAL + "Ortega said the next audit will find no problems.", "the next audit"),
    (DENIAL + "Ortega said the audit found problems in the pipes.", "the audit found"),
    (DENIAL + 'Asked about his plans, Ortega said: "I haven\'t decided. The board meets in May."', "I haven't"),
])
def test_other_findings_stay_assertions(stance_of, text, opening):
    assert stance_of(text, opening, statements_only=True) == "assert"
