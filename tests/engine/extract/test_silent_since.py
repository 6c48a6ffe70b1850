"""Not speaking to the press since a time ("has spoken to reporters since the filing", negated) is a
silence kept, like "the two have not spoken since 2021", not a question left unanswered; "did not
speak to reporters after the match" is a non-response."""


def _silences(engine, text):
    return [a.cue.text for a in engine.analyze(text).attributions if a.statement and a.stance == "no_response"]


def test_a_silence_kept_since_a_time_is_no_non_response(engine):
    assert _silences(engine, "Neither Dara Quill nor her manager has spoken to reporters since the lawsuit "
                             "was filed.") == []


def test_not_speaking_to_reporters_after_a_match_is_one(engine):
    assert _silences(engine, "The Rovers coach, Ivo Marsh, did not speak to reporters after the match.") \
        == ["did not speak"]
