"""Asked whether something was so, an answer that speaks of the question itself ("the question was not
relevant") turns the question away; it is no "no" to the thing asked."""


def test_a_question_turned_away_is_no_denial(stance_of):
    text = ("Asked whether the director had resigned because of the audit, a spokeswoman said the question "
            'was "not a matter for this briefing."')
    assert stance_of(text, "the question", statements_only=True) == "assert"


def test_a_no_to_the_thing_asked_is_still_a_denial(stance_of):
    text = ("Asked whether the director had resigned because of the audit, a spokeswoman said he had "
            '"not resigned over anything of the kind."')
    assert stance_of(text, "he had", statements_only=True) == "deny"
