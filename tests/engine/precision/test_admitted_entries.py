""""admit" with what one lets in ("refused to admit an adjournment motion", "admitted 40 new
pupils") admits nothing: no statement. Admitting a fact or the charges still is one."""
import pytest

from sourcetrace import analyze


@pytest.mark.parametrize("text", [
    "The Speaker refused to admit an adjournment motion on the canal tender.",
    "The chair declined to admit their adjournment motion on drought relief.",
    "The district school admitted 40 new pupils in January.",
])
def test_letting_in_is_no_admission(text):
    assert not [a for a in analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "The minister admitted the plan had failed.",
    "He admitted the charges against him.",
])
def test_admitting_a_fact_is_a_statement(text):
    assert [a.stance for a in analyze(text).attributions if a.statement] == ["admit"]
