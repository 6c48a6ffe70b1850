"""Offices of communities, clans and villages before a name (titles.txt) are the post, not the name."""
import pytest
from said_by import speakers


@pytest.mark.parametrize("office", ["Headman", "Inkosi", "Sarpanch", "Cacique"])
def test_community_office_before_a_name(office):
    text = f"The well by the school has run dry, {office} Tumelo Rakgadi said on Monday."
    assert speakers(text) == [("Tumelo Rakgadi", True)]
