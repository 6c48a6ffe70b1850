"""A dateline that ends on a colon after its date ("DOHA, 3 March 2026: ", "LAHORE, May 12: "), as
papers and releases of South Asia and the Gulf write it, says where a story was filed, like one
that ends on the colon after the place ("PUNE: "); it is no speaker."""
import pytest

from sourcetrace import analyze
from sourcetrace.engine.extract.dateline import without_dateline


@pytest.mark.parametrize("text, kept", [
    ("DOHA, 3 March 2026: The port operator", "The port operator"),
    ("LAHORE, May 12: Traders", "Traders"),
    ("MUSCAT, Oman, 9 June: The ministry", "The ministry"),
])
def test_a_dateline_ending_on_a_colon_after_its_date_is_cut(text, kept):
    start, end = without_dateline(text, (0, len(text)))
    assert text[start:end] == kept


def test_a_time_in_the_words_is_no_dateline():
    text = "At 10:30 the council met."
    assert without_dateline(text, (0, len(text))) == (0, len(text))


def test_the_firm_after_the_dateline_is_the_speaker():
    text = ("MANAMA, 4 April 2026: Pearl Harbour Shipping Company today announced a net profit of "
            "BD 3.1 million for the year.\n\nThe firm said it would pay a dividend in May.")
    analysis = analyze(text)
    [found] = [a for a in analysis.attributions if "net profit" in a.content.text]
    assert analysis.source(found.source_id).name == "Pearl Harbour Shipping Company"


@pytest.mark.parametrize("text, kept", [
    ("Colombo, 3 March 2025 – Lankaweave PLC", "Lankaweave PLC"),
    ("New Delhi, May 12 (PTI) - The ministry", "The ministry"),
    ("Kathmandu, 4 June: The board", "The board"),
])
def test_a_place_in_small_letters_before_a_date_is_a_dateline(text, kept):
    start, end = without_dateline(text, (0, len(text)))
    assert text[start:end] == kept


@pytest.mark.parametrize("text", ["Colombo — the port", "Officials in Colombo - the port", "Maria Lopez - the lawyer"])
def test_a_place_in_small_letters_with_no_date_is_no_dateline(text):
    assert without_dateline(text, (0, len(text))) == (0, len(text))
