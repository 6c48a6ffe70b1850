"""A rebuttal is no support, and one denial stays with what it denies."""


def _claims(engine, text):
    analysis = engine.analyze(text)
    names = {s.id: s.name for s in analysis.sources}
    return {c.text: ({names[i] for i in c.supported_by}, {names[i] for i in c.denied_by}) for c in analysis.claims}


def test_saying_the_opposite_is_a_denial_not_support(engine):
    claims = _claims(engine, "The council said the old footbridge is safe. Residents said the old footbridge "
                             "is not safe.")
    assert claims["the old footbridge is safe"] == ({"council"}, {"Residents"})
    assert claims["the old footbridge is not safe"] == ({"Residents"}, {"council"})


def test_a_denial_does_not_spread_to_a_claim_with_another_predicate(engine):
    claims = _claims(engine, "The tannery denied that it had dumped dye in the canal. Inspectors said the tannery "
                             "dumped dye near the canal in May. A boatman said he saw dye in the canal.")
    assert claims["that it had dumped dye in the canal"][1] == {"tannery"}
    assert claims["the tannery dumped dye near the canal in May"][1] == {"tannery"}
    assert claims["he saw dye in the canal"][1] == set()
