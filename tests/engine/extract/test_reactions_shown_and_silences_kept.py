"""What a person shows ("showed no emotion as the verdict was read") is no statement, though a clause of
time follows it; a life's habit of silence ("gave no interviews after she retired") is no non-response,
while a refusal ("would not be giving interviews") and a reply withheld now still are."""
import pytest


def _found(engine, text):
    return [(a.stance, a.content.text) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "Tobias Lindqvist, 51, showed no emotion as the sentence was passed.",
    "Ms Okafor showed little reaction as her former partner gave evidence.",
])
def test_a_reaction_shown_is_no_statement(engine, text):
    assert _found(engine, text) == []


def test_what_records_show_is_still_reported(engine):
    assert _found(engine, "Bank records showed transfers of up to $40,000 at a time.")


def test_what_a_person_showed_to_be_so_is_still_reported(engine):
    assert _found(engine, "The inspector showed that the bids had been rigged.")


@pytest.mark.parametrize("text", [
    "Marguerite Oyelaran gave no interviews after she retired in 2009.",
    "In his last decade the composer never gave a single television interview.",
    "He gave no formal interview after 2016 and rarely left the farm.",
])
def test_a_habit_of_silence_is_no_non_response(engine, text):
    assert [s for s, _ in _found(engine, text) if s == "no_response"] == []


@pytest.mark.parametrize("text", [
    "Her spokesman, Idris Bello, said she would not be giving interviews while the inquiry was under way.",
    "The ministry gave no interview to this newspaper.",
])
def test_a_refusal_or_a_reply_withheld_is_still_one(engine, text):
    assert [s for s, _ in _found(engine, text) if s == "no_response"]


@pytest.mark.parametrize("text", [
    "Television replays showed the ball was a matter of centimetres from the rope.",
    "Television replays suggested the ball would have gone on to hit leg stump.",
    "CCTV footage played during the inquest showed Mr Baird collapsing in his cell.",
])
def test_what_pictures_show_is_no_statement(engine, text):
    assert _found(engine, text) == []
