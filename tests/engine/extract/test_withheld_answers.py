"""Answers withheld and answers given: "declined to give details" and "refused to take questions"
withhold one; "declined to take the job" does not; a speaker's own "I don't answer it" is talking;
"the trust's chief executive said the charity would not comment" is the trust's silence."""
import pytest


def _stances(engine, text):
    return [a.stance for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "The finance director declined to give a full-year profit forecast.",
    "A council spokeswoman declined to give details of the complaint.",
    "The minister refused to take questions.",
])
def test_refusing_to_give_an_answer_is_a_non_response(engine, text):
    assert _stances(engine, text) == ["no_response"]


@pytest.mark.parametrize("text", [
    "The coach declined to take the job.",
    "The driver refused to give way at the junction.",
])
def test_refusing_something_else_is_no_non_response(engine, text):
    assert "no_response" not in _stances(engine, text)


@pytest.mark.parametrize("text", [
    "I don't answer it. A pub full of people singing is not a step down.",
    "We did not respond to that letter because it was anonymous.",
])
def test_a_speakers_own_silence_told_without_a_modal_is_no_non_response(engine, text):
    assert "no_response" not in _stances(engine, text)


def test_a_refusal_with_a_modal_in_the_first_person_still_refuses(engine):
    assert _stances(engine, '"I won\'t answer that," she said.') == ["no_response"]


def test_one_who_speaks_for_a_body_giving_its_refusal_gives_its_silence(engine):
    text = "Outside court, the trust's chief executive, Nora Quill, said the charity would not comment."
    assert _stances(engine, text) == ["no_response"]


def test_another_bodys_past_silence_stays_the_speakers_statement(engine):
    text = "The trust's chief executive, Nora Quill, said the charity did not respond to her letters."
    assert _stances(engine, text)[0] == "assert"


@pytest.mark.parametrize("text", [
    "Asked whether the mine would be sold, the chief executive would not say.",
    "The bank would not say how much it had lost.",
    "The police would not reveal the name of the driver.",
])
def test_a_refusal_to_say_with_nothing_said_is_a_non_response(engine, text):
    assert "no_response" in _stances(engine, text)


@pytest.mark.parametrize("text", [
    "She would not say the plan had failed, but she said it was late.",
    "You would not say that about your own mother.",
])
def test_a_hedge_or_a_you_is_no_non_response(engine, text):
    assert "no_response" not in _stances(engine, text)
