"""Inside a speaker's quote, those the speaker serves "are telling us …" in the present progressive is
the speaker's reading of them ("Customers are telling us what they value"), not their statement; a
telling in the past ("The doctors told us …") or outside any quote is still reported."""


def _reports(engine, text):
    analysis = engine.analyze(text)
    return [(a.cue.text if a.cue else None, a.content.text) for a in analysis.attributions if a.statement]


def test_telling_us_in_the_progressive_inside_a_quote_is_the_speakers_reading(engine):
    found = _reports(engine, '"Shoppers are telling us they want smaller packs," said Irma Castell, the '
                             'chain\'s chief executive.')
    assert not any(cue is not None and "telling" in cue for cue, _ in found)
    assert any(content.startswith("Shoppers are telling us") for _, content in found)


def test_a_past_telling_inside_a_quote_is_kept(engine):
    found = _reports(engine, '"The doctors told us he may not walk again," his mother, Agnes Pell, said.')
    assert ("told", "he may not walk again") in found


def test_telling_us_outside_a_quote_is_kept(engine):
    found = _reports(engine, "Customers are telling us they want longer opening hours, the chain said.")
    assert any(cue is not None and "telling" in cue for cue, _ in found)
