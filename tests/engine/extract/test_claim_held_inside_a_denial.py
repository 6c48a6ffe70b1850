"""A denial that names who made the claim it denies — "rejected the union's claim that …", "denied
claims by the opposition that …", "a report in a weekly that …", "claims circulating on social media
that …" — reports that claim as its holder's statement too; a claim with no holder named ("rejected
the suggestion that …", "denied reports that …"), or a denial negated, reports no second statement."""
import pytest


def _statements(engine, text):
    analysis = engine.analyze(text)
    return [(a.stance, a.content.text, analysis.source(a.source_id).name if a.source_id else None)
            for a in analysis.attributions if a.statement]


@pytest.mark.parametrize("text, claim, holder", [
    ("The operator rejected the drivers' claim that rotas had been changed without notice.",
     "that rotas had been changed without notice", "drivers"),
    ("The mayor on Monday dismissed claims by the opposition that the budget had been padded.",
     "that the budget had been padded", "opposition"),
    ("The college denied a report in a student newspaper that it would close its music department.",
     "that it would close its music department", "student newspaper"),
    ("The club firmly rejects press reports that its ground is to be sold.",
     "that its ground is to be sold", "press"),
    ("The mill denied union claims that it had hired replacement workers, saying no contractors had entered the site.",
     "that it had hired replacement workers", "union"),
])
def test_a_claim_whose_holder_is_named_is_the_holders_statement(engine, text, claim, holder):
    found = _statements(engine, text)
    assert ("assert", claim, holder) in [(s, c, h.lower() if h else h) for s, c, h in found]
    assert any(stance == "deny" for stance, _, _ in found)  # the denial itself stays


@pytest.mark.parametrize("text, claim", [
    ("The minister rejected the suggestion that he had forged anyone's signature.", "that he had forged"),
    ("The club denied reports that it was about to sell its striker.", "that it was about"),
    ("The firm has never denied union claims that it hired replacement workers.", "that it hired"),
    ("The authority rejected the claim that shippers had been kept in the dark, saying in a statement that "
     "it had circulated a notice.", "that shippers"),
])
def test_no_second_statement_without_a_holder_or_a_denial(engine, text, claim):
    assert not [c for stance, c, _ in _statements(engine, text) if stance == "assert" and c.startswith(claim)]


def test_the_deniers_quote_after_it_still_denies(engine):
    text = ("The company rejected the union's claim that drivers were forced to skip breaks. "
            "\"Every driver takes the breaks the law requires,\" it said.")
    assert [stance for stance, content, _ in _statements(engine, text) if content.startswith("Every driver")] == ["deny"]
