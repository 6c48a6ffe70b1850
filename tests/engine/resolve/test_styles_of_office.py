"""A style of office after the holder is named ("Her Ladyship", "His Lordship", "His Honour",
"Her Worship") is the holder, not someone of theirs; "her office" stays the holder's office."""
import pytest
from said_by import speaker_of


@pytest.mark.parametrize("text", [
    'Justice Ruth Kaluwin jailed the chief for six years. "He betrayed his people," Her Ladyship said.',
    'Justice Tomasi Vuki jailed the clerk for six years. "This was cruel," His Lordship said.',
    'Judge Tomasi Vuki jailed the clerk for six years. "This was cruel," His Honour said.',
])
def test_a_style_of_office_is_the_holder(text):
    assert speaker_of(text, "people" if "people" in text else "cruel") in ("Ruth Kaluwin", "Tomasi Vuki")


def test_an_office_of_the_holder_stays_theirs():
    text = "Minister Ana Dell spoke first. Her office said the bill would pass."
    assert speaker_of(text, "the bill would pass") == "Ana Dell's office"
