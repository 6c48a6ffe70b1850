"""What a request asked is what went unanswered: "did not reply to an email asking whether …" is one
non-response holding the question, not a question the silent source asked. A negated "say" that
says or hedges something ("I wouldn't say the worst", "What we can't say is that …", "Dad won't
say it") withholds no answer; "would not say the figure" and "would not say how much" do."""
import pytest


def _found(engine, text):
    return [(a.content.text, a.stance) for a in engine.analyze(text).attributions]


@pytest.mark.parametrize("text, content", [
    ("The mayor's office did not reply to an email asking whether the city would hire more firefighters.",
     "to an email asking whether the city would hire more firefighters"),
    ("Principal Ann Hale did not respond to a message on Friday asking whether she backed the ban.",
     "to a message on Friday asking whether she backed the ban"),
    ("The district did not respond to an email seeking comment on how the scheme would be paid for.",
     "to an email seeking comment on how the scheme would be paid for"),
])
def test_the_request_and_its_question_are_one_non_response(engine, text, content):
    found = _found(engine, text)
    assert (content, "no_response") in found
    assert not any(stance == "question" for _, stance in found)


@pytest.mark.parametrize("text, content", [
    ("The ministry did not respond when asked how the patients would be chosen.",
     "when asked how the patients would be chosen"),
    ("The club declined to comment when asked about the coach's contract.", "when asked about the coach's contract"),
    ("Ms Varga did not reply when pressed on whether she would resign.", "when pressed on whether she would resign"),
])
def test_the_question_put_to_the_silent_is_what_went_unanswered(engine, text, content):
    found = _found(engine, text)
    assert found == [(content, "no_response")]


@pytest.mark.parametrize("text", [
    "The council declined to comment when asked.",
    "The firm did not respond when contacted on Friday.",
])
def test_a_bare_when_asked_or_contacted_says_only_when(engine, text):
    assert [stance for _, stance in _found(engine, text)] == ["no_response"]


def test_a_question_asked_in_its_own_sentence_stays_one(engine):
    found = _found(engine, "Reporters asked whether the city would pay. The mayor did not respond.")
    assert ("whether the city would pay", "question") in found
    assert any(stance == "no_response" for _, stance in found)


@pytest.mark.parametrize("text", [
    '"Morale is low. I wouldn\'t say the worst, but low," the union steward said.',
    '"What we can\'t say is that the parks cause it," the study\'s author said.',
    '"Dad won\'t say it, but we\'re borrowing to pay the feed bill," his daughter said.',
])
def test_a_hedge_with_say_is_no_non_response(engine, text):
    assert not any(stance == "no_response" for _, stance in _found(engine, text))


@pytest.mark.parametrize("text", [
    "The company would not say the figure.",
    "The company would not say how much it paid.",
])
def test_withholding_an_answer_with_say_is_a_non_response(engine, text):
    assert any(stance == "no_response" for _, stance in _found(engine, text))


@pytest.mark.parametrize("text", [
    "The water board would not give a time frame for the repairs.",
    "The council declined to give a date for the reopening.",
])
def test_a_date_or_time_frame_withheld_is_a_non_response(engine, text):
    assert any(stance == "no_response" for _, stance in _found(engine, text))


@pytest.mark.parametrize("text, silent", [
    ("The police spokeswoman would not release a name or a description.", True),
    ("The ministry would not share the figures.", True),
    ("The prison did not release him until Friday.", False),
    ("The band did not release an album that year.", False),
])
def test_information_not_released_is_a_non_response(engine, text, silent):
    assert any(stance == "no_response" for _, stance in _found(engine, text)) == silent


@pytest.mark.parametrize("text, silent", [
    ("The chief executive did not take questions on the call.", True),
    ("He did not take questions seriously, critics said.", False),
    ("She did not take the job.", False),
])
def test_questions_not_taken_is_a_non_response(engine, text, silent):
    assert any(stance == "no_response" for _, stance in _found(engine, text)) == silent
