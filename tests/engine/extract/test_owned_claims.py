""""X rejected the union's claim that Y": two statements, the union's claim Y (asserted by its owner,
with its noun as cue) and X's denial of the union's claim. A claim with no owner named stays one
denial; a claim named with its owner but admitted or turned down unnegated by no denial verb is left
alone; the owner, named and not heard, takes no "she said" after it."""
import pytest


def _statements(engine, text):
    analysis = engine.analyze(text)
    return [(a.stance, a.content.text, a.cue.text if a.cue else None,
             (analysis.source(a.source_id).name if a.source_id else None))
            for a in analysis.attributions if a.statement]


@pytest.mark.parametrize("text, denier, whole, owner, claim", [
    ("Marwick Dairies rejected the drivers' union's claim that tankers were sent out without brakes "
     "checked.", "Marwick Dairies", "the drivers' union's claim that tankers were sent out without brakes checked",
     "union", "that tankers were sent out without brakes checked"),
    ("The council denied recent newspaper reports that it planned to sell the leisure centre.",
     "council", "recent newspaper reports that it planned to sell the leisure centre",
     "newspaper reports", "that it planned to sell the leisure centre"),
    ("Pellow Rail rejected allegations by the Fenwick Passengers Group that trains had been cancelled "
     "to save fuel.", "Pellow Rail",
     "allegations by the Fenwick Passengers Group that trains had been cancelled to save fuel",
     "Fenwick Passengers Group", "that trains had been cancelled to save fuel"),
    ("Pellow Rail rejected reports on the Railwatch website that trains had been cancelled to save fuel.",
     "Pellow Rail", "reports on the Railwatch website that trains had been cancelled to save fuel",
     "Railwatch", "that trains had been cancelled to save fuel"),
    # the parser reading the clause as relative, "that" its subject beside "pay"
    ("Kestrel Freight rejected the union's allegations that pay fell.", "Kestrel Freight",
     "the union's allegations that pay fell", "union", "that pay fell"),
])
def test_a_denied_claim_with_its_owner_named_is_two_statements(engine, text, denier, whole, owner, claim):
    got = _statements(engine, text)
    denials = [s for s in got if s[0] == "deny"]
    assert len(denials) == 1 and denials[0][1] == whole and denier in denials[0][3]
    owned = [s for s in got if s[1] == claim]
    assert len(owned) == 1 and owned[0][0] == "assert" and owner.lower() in (owned[0][3] or "").lower()
    assert owned[0][2] in whole and owned[0][2] not in denials[0][2]  # its own cue, the noun


def test_a_claim_said_where_is_owned_by_what_was_said_there(engine):
    got = _statements(engine, "Tollard Water rejected suggestions on social media that the outage was "
                              "caused by a cyber attack.")
    assert [s[:3] for s in got if s[0] == "deny"] == [
        ("deny", "suggestions on social media that the outage was caused by a cyber attack", "rejected")]
    assert ("assert", "that the outage was caused by a cyber attack", "suggestions") in [s[:3] for s in got]


@pytest.mark.parametrize("text, content", [
    ("Marwick Dairies rejected claims that tankers were sent out without brakes checked.",
     "that tankers were sent out without brakes checked"),
    ("The council denied the suggestion that it planned to sell the leisure centre.",
     "that it planned to sell the leisure centre"),
    ("The council denied recent reports that it planned to sell the leisure centre.",
     "that it planned to sell the leisure centre"),
])
def test_a_denied_claim_with_no_owner_stays_one_denial(engine, text, content):
    got = _statements(engine, text)
    assert [(s[0], s[1]) for s in got] == [("deny", content)]


def test_a_claim_named_with_its_owner_but_not_denied_is_left_alone(engine):
    got = _statements(engine, "Marwick Dairies did not deny the union's claim that tankers were sent out "
                              "without brakes checked.")
    assert "deny" not in [s[0] for s in got]
    assert "claim" not in [s[2] for s in got]  # no claim of the union's split off


def test_the_owner_takes_no_quote_after_the_denial(engine):
    got = _statements(engine, "Priya Anand said the bakery would open a second shop. Priya Anand rejected "
                              "her sister's claim that the bakery had been losing money. \"Our ovens run "
                              "all night,\" she said.")
    quote = [s for s in got if s[1].startswith("Our ovens")]
    assert len(quote) == 1 and quote[0][3] == "Priya Anand"
    # the quote answering her denial stays her denial, the owned claim between them notwithstanding
    assert quote[0][0] == "deny"


def test_a_relative_clause_on_an_owned_claim_is_no_claim(engine):
    got = _statements(engine, "Kestrel Freight rejected the union's claims that were published on Monday.")
    assert [(s[0], s[1]) for s in got] == [("deny", "the union's claims that were published on Monday")]


def test_a_clause_the_parser_hangs_on_the_verb_is_still_the_owned_claim(engine):
    # "that trains had been cancelled …" read as the verb's clause, not the noun's
    got = _statements(engine, "Pellow Rail rejected reports on the news site Railwatch that trains had been "
                              "cancelled to save fuel.")
    assert [(s[0], s[1], s[2]) for s in got] == [
        ("deny", "reports on the news site Railwatch that trains had been cancelled to save fuel", "rejected"),
        ("assert", "that trains had been cancelled to save fuel", "reports")]
