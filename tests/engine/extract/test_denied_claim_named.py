"""What a denial denies is the claim as the sentence names it — "the union's claim that …",
"reports in a weekly that …" — so its content holds the claim's phrase and its cue is the verb;
a claim that is asserted or confirmed keeps its noun in the cue, and a plain "denied that …"
is unchanged."""
import pytest


def _found(engine, text):
    return [(a.content.text, a.cue.text if a.cue else None, a.stance) for a in engine.analyze(text).attributions]


@pytest.mark.parametrize("text, content, cue", [
    ("The operator rejected the drivers' claim that rotas had been changed without notice.",
     "the drivers' claim that rotas had been changed without notice", "rejected"),
    ("The mayor on Monday dismissed claims by the opposition that the budget had been padded.",
     "claims by the opposition that the budget had been padded", "dismissed"),
    ("The college denied a report in a student newspaper that it would close its music department.",
     "a report in a student newspaper that it would close its music department", "denied"),
    ("The club firmly rejects press reports that its ground is to be sold.",
     "press reports that its ground is to be sold", "firmly rejects"),
])
def test_a_denial_holds_the_claim_it_names(engine, text, content, cue):
    assert (content, cue, "deny") in _found(engine, text)


@pytest.mark.parametrize("text, content, cue, stance", [
    ("The ministry confirmed reports that the hospital would close.",
     "that the hospital would close", "confirmed reports", "assert"),
    ("The chairman denied that the club had been sold.", "that the club had been sold", "denied", "deny"),
    ("The minister did not deny reports that the budget would be cut.",
     "that the budget would be cut", "deny reports", "assert"),
])
def test_no_claim_phrase_taken_where_none_is_denied(engine, text, content, cue, stance):
    assert (content, cue, stance) in _found(engine, text)
