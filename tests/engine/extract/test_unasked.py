"""A question nobody is shown asking is no one's statement: "Asked whether …" in a story that names
no audience, and the "questions about whether …" a silent body left unanswered; a question with an
asker, named or the reporters the story says its people spoke to, stays."""
import pytest


def _questions(engine, text):
    analysis = engine.analyze(text)
    return [(a.content.text, a.statement, analysis.source(a.source_id).name if a.source_id else None)
            for a in analysis.attributions if a.stance == "question"]


def test_asked_whether_with_no_asker_in_the_story_is_no_statement(engine):
    got = _questions(engine, "The bakery has been in the family since 1952. Asked whether he would retire, "
                             "the baker laughed.")
    assert got == [("whether he would retire", False, None)]


def test_asked_whether_after_an_abbreviation_still_opens_its_sentence(engine):
    got = _questions(engine, "The road was shut at 4 p.m. Asked whether it could have shut sooner, the "
                             "ministry said the decision was made quickly.")
    assert got == [("whether it could have shut sooner", False, None)]


def test_the_questions_a_silent_body_did_not_answer_are_its_non_response(engine):
    analysis = engine.analyze("The agency did not respond to questions about whether it would open an inquiry.")
    assert [(a.stance, a.statement) for a in analysis.attributions] == [("no_response", True)]


@pytest.mark.parametrize("text, asker", [
    ("The mayor told reporters the road would reopen. Asked whether it would cost more, she said it would not.",
     "reporters"),
    ("Asked by the Courier whether he would retire, the baker laughed.", "Courier"),
    ("Councillor Ana Ruiz asked whether the bridge could stay open at weekends.", "Ana Ruiz"),
])
def test_a_question_with_an_asker_stays_a_statement(engine, text, asker):
    got = _questions(engine, text)
    assert len(got) == 1 and got[0][1] is True and asker in got[0][2]


def test_a_claim_named_by_no_one_in_a_quote_is_the_speakers_words(engine):
    analysis = engine.analyze('"The suggestion that my client ran this operation is untrue," the lawyer said.')
    assert [(a.stance, a.type) for a in analysis.attributions] == [("deny", "direct")]


def test_a_claim_named_outside_a_quote_stays(engine):
    analysis = engine.analyze("The suggestion that the mayor lied was rejected by the council.")
    assert "nominal" in [a.type for a in analysis.attributions]
