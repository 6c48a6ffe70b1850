""""Kestrel rejected the union's claim that X": the denial (the whole object) and the union's claim X are
one claim, supported by the union and denied by Kestrel; a claim denied with no owner named has no one
asserting it."""


def _by_text(analysis):
    names = {s.id: s.name for s in analysis.sources}
    return {c.text: ({names[s] for s in c.supported_by}, {names[s] for s in c.denied_by})
            for c in analysis.claims if c.attribution_ids}


def test_the_owners_claim_and_its_denial_are_one_claim(engine):
    analysis = engine.analyze("Kestrel Freight rejected the drivers' union's claim that lorries were loaded "
                              "past their limits. Kestrel Freight said profits rose in May.")
    claims = _by_text(analysis)
    owned = claims["that lorries were loaded past their limits"]
    assert any("union" in name.lower() for name in owned[0]) and owned[1] == {"Kestrel Freight"}
    whole = claims["the drivers' union's claim that lorries were loaded past their limits"]
    assert whole == owned
    assert claims["profits rose in May"] == ({"Kestrel Freight"}, set())


def test_a_short_claim_is_linked_to_its_denial_by_the_nesting_not_its_words(engine):
    # too few words for the claims to be found the same by what they say
    claims = _by_text(engine.analyze("Kestrel Freight rejected the union's allegations that pay fell."))
    owned = claims["that pay fell"]
    assert any("union" in name.lower() for name in owned[0]) and owned[1] == {"Kestrel Freight"}
    assert claims["the union's allegations that pay fell"] == owned


def test_a_claim_denied_with_no_owner_has_no_supporter(engine):
    analysis = engine.analyze("Kestrel Freight rejected claims that lorries were loaded past their limits.")
    claims = _by_text(analysis)
    assert claims == {"that lorries were loaded past their limits": (set(), {"Kestrel Freight"})}
