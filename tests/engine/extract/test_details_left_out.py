"""A detail a statement plainly lacked ("It gave no date") is the reporter's note on the statement,
not a source declining to answer; a refusal or a question put still withholds."""
import pytest


def _stances(engine, text):
    return [(a.content.text, a.stance) for a in engine.analyze(text).attributions]


@pytest.mark.parametrize("text", [
    "The port authority said the berth would reopen soon. It gave no date.",
    "The ministry said the plan was on track. It offered no figures.",
])
def test_a_detail_the_statement_lacked_is_no_non_response(engine, text):
    assert all(stance != "no_response" for _, stance in _stances(engine, text))


@pytest.mark.parametrize("text", [
    "The port authority said the berth would reopen soon but would not give a date.",
    "Asked when the berth would reopen, the port authority gave no date.",
    "The ministry gave no comment.",
    "She said police had identified a person of interest. She would not release a name.",
])
def test_a_refusal_or_an_answer_withheld_is_still_a_non_response(engine, text):
    assert any(stance == "no_response" for _, stance in _stances(engine, text))


def test_a_body_with_no_statement_before_still_withholds_details(engine):
    assert any(stance == "no_response" for _, stance in
               _stances(engine, "The ferry operator gave no date for the new timetable."))
