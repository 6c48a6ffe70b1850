""""Noted" with a thing for its object ("notes the statement issued by the Nation, which called for an
inspection") acknowledges it; "noted that …" reports words. A relative clause on the thing noted
("…, which called for …") is no clause of the noting."""


def _statements(engine, text):
    return [(a.cue.text if a.cue else None, a.content.text) for a in engine.analyze(text).attributions if a.statement]


def test_noting_a_thing_is_no_statement(engine):
    found = _statements(engine, "Brandvold Mining notes the letter sent on Friday by the Kessa Valley Council, "
                                "which asked for an independent survey of the dam.")
    assert not any(cue == "notes" for cue, _ in found)


def test_noting_that_is_a_statement(engine):
    found = _statements(engine, "The auditor, Pim Roeland, noted that wages at the depot had fallen for two years.")
    assert ("noted", "that wages at the depot had fallen for two years") in found


def test_posting_a_thing_with_a_relative_clause_is_no_statement(engine):
    found = _statements(engine, "The club posted photos of the new stand, which opens in May.")
    assert not any(cue == "posted" for cue, _ in found)


def test_proposing_a_thing_is_an_act_and_proposing_that_a_statement(engine):
    found = _statements(engine, "Gov. Ilse Varga on Tuesday proposed a $12 billion budget that would cut aid to "
                                "rural bus services.")
    assert not any(cue == "proposed" for cue, _ in found)
    found = _statements(engine, "The nurses' union, led by Bram Ostrow, proposed that talks resume on Monday.")
    assert ("proposed", "that talks resume on Monday") in found
