"""Datelines written in capitals with the letters of their own language ("KÖRFEZ, Türkiye",
"ŁÓDŹ, Poland") say where a story was filed, like ASCII ones; they are no speaker."""
import pytest

from sourcetrace.engine.extract.dateline import without_dateline
from sourcetrace import analyze


@pytest.mark.parametrize("text, kept", [
    ("ÇANAKKALE, Türkiye, 4 June 2025 — The port authority", "The port authority"),
    ("ŁÓDŹ, Poland — Officials", "Officials"),
    ("SÃO PAULO, Brasil (Wire) – The union", "The union"),
    ("MÜNSTER — The council", "The council"),
])
def test_a_dateline_in_any_latin_capitals_is_cut_from_the_front(text, kept):
    start, end = without_dateline(text, (0, len(text)))
    assert text[start:end] == kept


@pytest.mark.parametrize("text", ["Çanakkale — the port", "ÇANAKKALE, türkiye — the port", "北京 — officials"])
def test_words_not_in_capitals_are_no_dateline(text):
    assert without_dateline(text, (0, len(text))) == (0, len(text))


def test_the_body_after_a_dateline_is_the_speaker():
    text = ("ÇANAKKALE, Türkiye, 4 June 2025 — Çanakkale Port Authority today\nannounced that two new berths "
            "will open on 1 July.")
    analysis = analyze(text)
    [found] = [a for a in analysis.attributions if "two new berths" in a.content.text]
    assert analysis.source(found.source_id).name == "Çanakkale Port Authority"


def test_in_dateline_tells_the_place_of_a_dateline_from_the_same_capitals_later():
    from sourcetrace.engine.extract.dateline import in_dateline
    text = "Headline\n\nKESTREL BAY, Ore. — Harbor Mills said on Monday that KESTREL BAY would get a new pier.\n"
    line = text.index("KESTREL")
    assert in_dateline(text, line)
    assert not in_dateline(text, text.index("Harbor"))
    assert not in_dateline(text, text.rindex("KESTREL"))


def test_a_country_of_three_words_after_the_place():
    text = "DUBAI, United Arab Emirates, 12 November - Sandline Labs"
    start, end = without_dateline(text, (0, len(text)))
    assert text[start:end] == "Sandline Labs"
