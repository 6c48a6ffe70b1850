"""A phrase in quote marks after a cue with no word of saying and no clause ("best known for the
drama 'Low Tide County'") is a title or a phrase, not words said; a saying cue, or a clause after
the cue, keeps it a statement."""


def _statements(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement]


def test_a_title_after_a_cue_of_no_saying_is_no_statement(engine):
    text = 'Reyes, 41, best known for the crime drama "Low Tide County," was not at the courthouse.'
    assert not any("Low Tide" in c for c in _statements(engine, text))


def test_words_in_quote_marks_after_a_saying_or_in_a_clause_stay(engine):
    said = _statements(engine, 'The mayor called the budget "a line in the sand" on Monday.')
    ruled = _statements(engine, 'The tribunal ruled that the dismissal "fell well outside the band of reasonable '
                                'responses" and ordered the firm to pay.')
    assert any("line in the sand" in c for c in said)
    assert any("fell well outside" in c for c in ruled)
