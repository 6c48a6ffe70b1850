"""A headline's own reports: a denial before the first paragraph ("Minister rejects claims he …",
"Mayor denies bridge leak, orders inquiry"), a closing "…, police say"; and what only looks like one."""
import pytest

from sourcetrace.engine.extract.headline_reports import headline_span


def _finds(engine, text):
    analysis = engine.analyze(text + "\n\nThe story goes on here with a sentence of its own.")
    return [(a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text, a.stance)
            for a in analysis.attributions]


@pytest.mark.parametrize("headline, found", [
    ("Treasurer rejects claims he moved funds for a friend",
     ("Treasurer", "rejects claims", "he moved funds for a friend", "deny")),
    ("Harbour chief denies ballot leak, orders inquiry", ("Harbour chief", "denies", "ballot leak", "deny")),
    ("Biscuit maker disputes findings", ("Biscuit maker", "disputes", "findings", "deny")),
    ("Ferry to stay docked until March, operator says",
     ("operator", "says", "Ferry to stay docked until March", "assert")),
    ("Pool closure 'a last resort', says council leader",
     ("council leader", "says", "Pool closure 'a last resort'", "assert")),
    ("Bypass to open two years late, council admits",
     ("council", "admits", "Bypass to open two years late", "admit")),
])
def test_a_headline_reports_what_it_says(engine, headline, found):
    assert found in _finds(engine, headline)


@pytest.mark.parametrize("headline", [
    "Rovers reject offer for goalkeeper",
    "Council denies permit for second car park",
    "Dogs chase gulls on the pier",
])
def test_a_decision_or_an_event_in_a_headline_is_no_report(engine, headline):
    assert [f for f in _finds(engine, headline) if f[0] is not None and f[0] in headline] == []


@pytest.mark.parametrize("text, headline", [
    ("Treasurer rejects claims\n\nHe spoke on Monday.", (0, 24)),
    ("The treasurer rejects claims he moved funds.\n\nHe spoke on Monday.", None),
    ("Treasurer rejects claims\nHe spoke on Monday.", None),
    ("Treasurer rejects claims", None),
])
def test_only_a_short_first_line_standing_alone_is_a_headline(text, headline):
    assert headline_span(text) == headline


def test_the_headline_of_a_mail_is_the_first_line_after_its_headers(engine):
    text = ("From: Transport Bulletin <bulletin@example.org>\nSubject: Bypass delayed again\n\n"
            "Bypass to open two years late, council admits")
    assert ("council", "admits", "Bypass to open two years late", "admit") in _finds(engine, text)
    start, end = headline_span(text + "\n\nMore.")
    assert text[start:end] == "Bypass to open two years late, council admits"
