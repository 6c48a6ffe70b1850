"""A finding verb with nothing found, read by the parser as the sentence's verb ("Companies found in
breach face fines …"), is a participle on its noun, no report; "the audit found that …" reports."""


def _reports(engine, text):
    return [(a.cue.text if a.cue else None, a.content.text) for a in engine.analyze(text).attributions if a.statement]


def test_found_in_breach_is_no_report(engine):
    found = _reports(engine, "Firms found in breach face fines of up to 40,000 riyals per worker, according to "
                             "the labour ministry.")
    assert not any(cue == "found" for cue, _ in found)


def test_found_that_is_a_report(engine):
    assert ("found", "that the pension fund had lost money") in _reports(
        engine, "The audit by Kessel Partners found that the pension fund had lost money.")
