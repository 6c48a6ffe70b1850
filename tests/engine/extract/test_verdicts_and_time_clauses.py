"""A court's verdict on someone ("found him guilty") reports no words, a finding of fact does; a
passive clause of time with its own subject ("as the result was announced") reports nothing of
the clause it hangs on, "as was reported" and "as the Post reported" do."""
import pytest


def _said(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "The disciplinary panel found the winger guilty of dangerous play for a high tackle.",
    "The court found the site foreman and the engineer liable for the collapse of the wall.",
])
def test_a_verdict_on_someone_is_no_statement(engine, text):
    assert _said(engine, text) == []


def test_a_finding_of_fact_stays_a_statement(engine):
    assert _said(engine, "The inquest found that the level crossing had been unlit for months.") == \
        ["that the level crossing had been unlit for months"]


def test_a_passive_time_clause_with_its_own_subject_reports_nothing(engine):
    text = "The board voted to shut the pool. Some swimmers wept in the gallery as the result was announced."
    assert _said(engine, text) == []


def test_as_reported_still_reports_the_main_clause(engine):
    assert _said(engine, "As the Courier reported on Friday, the inquiry will reopen in May.") == \
        ["the inquiry will reopen in May"]
