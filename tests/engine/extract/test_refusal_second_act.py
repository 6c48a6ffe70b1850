"""A refusal to speak joined to the clause a speaker reported ("said the decisions were final and
refused to discuss the incident") is the speaker's second act, like a second report: the report
stops before it, and the refusal is the speaker's non-response."""


def _found(engine, text):
    analysis = engine.analyze(text)
    return [(a.content.text, a.stance, (analysis.source(a.source_id).name if a.source_id else None))
            for a in analysis.attributions if a.statement]


def test_the_refusal_is_cut_from_the_report_and_is_the_speakers(engine):
    found = _found(engine, "A club spokeswoman, Dana Reyes, said the referee's decisions were final and refused "
                           "to discuss the match further.")
    assert any(content == "the referee's decisions were final" and stance == "assert" for content, stance, _ in found)
    assert any(stance == "no_response" and "Reyes" in (who or "") for _, stance, who in found)


def test_a_refusal_inside_what_was_reported_stays_in_it(engine):
    found = _found(engine, "Witnesses said the driver had refused to stop for police.")
    assert ("the driver had refused to stop for police", "assert") in [(c, s) for c, s, _ in found]
