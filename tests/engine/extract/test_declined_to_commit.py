"""Refusing to commit, with no object, withholds an answer ("declined to commit", "refused to commit
to a date"); committing troops or money is a decision."""


def _stances(engine, text):
    return [(a.cue.text if a.cue else None, a.stance) for a in engine.analyze(text).attributions if a.statement]


def test_declining_to_commit_is_a_non_response(engine):
    text = "Asked whether she would run again, the 61-year-old declined to commit."
    assert ("declined to commit", "no_response") in _stances(engine, text)


def test_refusing_to_commit_to_a_date_is_a_non_response(engine):
    assert any(stance == "no_response" for _, stance in
               _stances(engine, "The minister refused to commit to a date for the vote."))


def test_committing_troops_is_no_non_response(engine):
    assert not any(stance == "no_response" for _, stance in
                   _stances(engine, "The government refused to commit troops to the mission."))
