"""A threat to do something is a warning, its infinitive the words ("threatened to withdraw its
support unless …", a headline's "threatens to quit government"); a threat with an object names whom
or what ("threatened the workers"), no words."""


def _statements(engine, text):
    return [(a.content.text, a.stance) for a in engine.analyze(text).attributions if a.statement]


def test_a_threat_to_act_is_a_warning(engine):
    text = "The farmers' party on Thursday threatened to leave the coalition unless the budget is revised."
    assert ("to leave the coalition unless the budget is revised", "warn") in _statements(engine, text)


def test_a_headlines_threat_is_a_warning(engine):
    text = "Junior partner threatens to quit cabinet over fuel tax\n\nThe row began on Monday after a vote."
    assert ("to quit cabinet over fuel tax", "warn") in _statements(engine, text)


def test_a_threat_with_an_object_says_nothing(engine):
    assert _statements(engine, "The owner threatened the workers with dismissal.") == []


def test_a_threat_in_the_claim_denied_is_no_statement(engine):
    text = "He denied that the council had threatened to close the library."
    assert not any(stance == "warn" for _, stance in _statements(engine, text))
