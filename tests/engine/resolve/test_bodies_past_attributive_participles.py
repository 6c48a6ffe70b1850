"""What a hyphened word before a body's name says of it, where it is based, where it is listed or
who owns or runs it ("Mainboard-listed", "Nasdaq-listed", "State-owned", "army-run"), is no part
of its name, as "Athens-based" is not."""
import pytest
from said_by import speaker_of


@pytest.mark.parametrize("before", ["Mainboard-listed", "Nasdaq-listed", "State-owned", "Family-run", "Army-backed"])
def test_a_participle_before_a_bodys_name_is_no_part_of_it(before):
    text = f"{before} Orbis Freight Lines said on Tuesday that it would cut 40 jobs at its depot."
    assert speaker_of(text, "cut 40 jobs") == "Orbis Freight Lines"


def test_a_hyphened_name_of_its_own_stays():
    text = "Coca-Cola Beverages Africa said on Tuesday that it would cut 40 jobs at its depot."
    assert speaker_of(text, "cut 40 jobs") == "Coca-Cola Beverages Africa"
