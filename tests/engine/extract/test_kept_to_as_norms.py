"""The law and rules after "according to", bare, are norms kept to ("dealt with according to law"),
no source; with words that make them a text ("according to the rules published by the league") or
a body after "according to", they are still a source."""
from sourcetrace import analyze


def _sources(text: str) -> list[str]:
    analysis = analyze(text)
    return [analysis.source(a.source_id).name for a in analysis.attributions if a.source_id]


def test_bare_law_is_no_source():
    text = ("The district commander, Supt. Efua Boateng, warned that anyone who blocked the highway again "
            "\"will be dealt with according to law\".")
    assert _sources(text) == ["Efua Boateng"]


def test_a_body_after_according_to_is_still_a_source():
    text = "According to police, the highway was blocked for six hours on Monday."
    assert _sources(text) == ["police"]


def test_rules_made_by_someone_are_still_a_source():
    text = "According to the rules published by the league, each club may field three foreign players."
    assert _sources(text) != []
