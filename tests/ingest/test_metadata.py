"""Suspicious metadata is cleaned or dropped, and each change is said in the notes."""
from datetime import date

import pytest

from sourcetrace.contract import Meta
from sourcetrace.ingest.metadata import clean_meta, rules
from sourcetrace.ingest.read import read_bytes

TODAY = date(2024, 5, 1)


def test_placeholder_title_is_dropped():
    meta = clean_meta(Meta(title="escenic", outlet="Daily Test"), TODAY)
    assert meta.title is None and "placeholder" in meta.notes[0]


def test_title_that_is_only_the_site_name_is_dropped_and_a_site_suffix_is_cut():
    assert clean_meta(Meta(title="Daily Test", outlet="daily-test"), TODAY).title is None
    assert clean_meta(Meta(title="Port to reopen | Daily Test", outlet="Daily Test"), TODAY).title == "Port to reopen"


@pytest.mark.parametrize("raw,clean", [
    ("By Jane Smith", "Jane Smith"), ("Article by Jane Smith", "Jane Smith"), ("by: Jane Smith", "Jane Smith"),
    ("Bylund Jones", "Bylund Jones"), ("No Author", None), ("admin", None), ("Daily Test", None),
])
def test_author_prefixes_placeholders_and_the_outlet(raw, clean):
    meta = clean_meta(Meta(author=raw, outlet="Daily Test"), TODAY)
    assert meta.author == clean
    assert bool(meta.notes) == (clean is None)


def test_long_fields_are_capped_and_lines_joined():
    limit = rules()["max_chars"]["title"]
    meta = clean_meta(Meta(title="Word\n" * 400, author="  Jane\t\tSmith \r\n"), TODAY)
    assert len(meta.title) == limit and meta.title.endswith("…") and "\n" not in meta.title
    assert meta.author == "Jane Smith"
    assert any("cut to" in note for note in meta.notes)


@pytest.mark.parametrize("url,kept", [
    ("https://example.com/a", True), ("javascript:alert(1)", False), ("ftp://example.com/x", False),
    ("https://example.com/" + "a" * 3000, False),
])
def test_only_http_urls_of_sane_length_are_kept(url, kept):
    assert (clean_meta(Meta(url=url), TODAY).url == url) == kept


@pytest.mark.parametrize("value,kept", [
    ("2024-04-30", "2024-04-30"), ("2024-04-30T23:00:00+02:00", "2024-04-30"), ("1066-10-14", None),
    ("2031-01-01", None), ("yesterday", None),
])
def test_dates_must_be_plausible(value, kept):
    assert clean_meta(Meta(date=value), TODAY).date == kept


def test_page_metadata_goes_through_the_rules():
    page = (b"<html><head><title>escenic</title><meta name='author' content='By Jane Smith'></head><body>"
            b"<article><p>The harbour master said the port would reopen on Friday after repairs to the quay "
            b"were finished ahead of schedule, according to the council.</p></article></body></html>")
    article = read_bytes(page, "page.html")
    assert article.meta.title is None and article.meta.author == "Jane Smith"
