"""Applause is no statement unless it praises a thing; a dateline in capitals with a colon
("CHENNAI: …") under a headline, a kicker and a byline is where the story was filed, no speaker."""
from sourcetrace import analyze


def _statements(text: str) -> list[tuple[str, str]]:
    return [(a.cue.text if a.cue else "", a.content.text) for a in analyze(text).attributions if a.statement]


def test_applause_for_a_person_or_a_moment_says_nothing():
    text = ("Hundreds of shareholders applauded when the 71-year-old finished speaking.\n\n"
            "The students applauded her.\n")
    assert not [s for s in _statements(text) if s[0].startswith("applaud")]


def test_applause_for_a_decision_is_a_view():
    text = "The union applauded the decision to keep the plant open.\n"
    assert [s for s in _statements(text) if s[0].startswith("applaud")]


def test_a_colon_dateline_under_a_byline_is_no_speaker():
    from collections import Counter

    from sourcetrace.engine.extract.colon import LABELLED_LINE, _dateline
    text = ("Harbour town counts the cost of the storm\n\nWeekend Feature\n\nBy Anjali Raman\n\n"
            "KOLKATA: At six in the morning, fishermen on the old wharf were still bailing water out of "
            "their boats.\n")
    line = next(m for m in LABELLED_LINE.finditer(text) if m.group(1) == "KOLKATA")
    assert _dateline(text, line, Counter({"KOLKATA": 1}))
    paragraph_above = text.replace("By Anjali Raman", "The storm had blown for two days and nights, and the sea wall at the "
                                   "old wharf, built in 1962 and patched many times since, finally gave way")
    line = next(m for m in LABELLED_LINE.finditer(paragraph_above) if m.group(1) == "KOLKATA")
    assert not _dateline(paragraph_above, line, Counter({"KOLKATA": 1}))
