"""An accusation reports whom and of what: "accused the mayor of rushing the vote" holds both, and
"has been accused by two colleagues of leaking the list" is the colleagues' charge, the leaking; an
accusation by no one named is no one's statement, and one with no charge reports only whom."""
import pytest


def _found(engine, text):
    analysis = engine.analyze(text)
    return [(a.content.text, analysis.source(a.source_id).name if a.source_id else None)
            for a in analysis.attributions if a.statement]


@pytest.mark.parametrize("text, content, speaker", [
    ("Councillor Ed Vance accused the mayor of rushing the vote before the holidays.",
     "the mayor of rushing the vote before the holidays", "Ed Vance"),
    ("The rail operator accused the union of refusing to put the offer to its members.",
     "the union of refusing to put the offer to its members", "rail operator"),
    ("Trustee Jo Reyes, who opposed the plan, has been accused by three colleagues of leaking the draft.",
     "leaking the draft", "three colleagues"),
])
def test_an_accusation_holds_its_charge(engine, text, content, speaker):
    found = _found(engine, text)
    assert any(c == content and speaker in (who or "") for c, who in found)


def test_an_accusation_by_no_one_named_is_no_statement(engine):
    assert _found(engine, "A father and son accused of charging pensioners for fake repairs were jailed.") == []
