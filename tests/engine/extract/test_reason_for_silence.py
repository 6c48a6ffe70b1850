""""declined to say whether …, saying the firm would not discuss …": the words given with a refusal are
its reason, asserted, and the refusal is told once; "had no evidence that …" is a finding, not an
answer withheld."""


def _stances(engine, text):
    return [(a.stance, a.content.text) for a in engine.analyze(text).attributions if a.statement]


def test_the_reason_given_with_a_refusal_is_asserted(engine):
    got = _stances(engine, "Spokesman Tom Reyes declined to say whether the firm had paid the hackers, saying "
                           "Halvard Foods would not discuss \"details of an ongoing inquiry.\"")
    assert [stance for stance, _ in got] == ["no_response", "assert"]


def test_a_refusal_said_alone_is_still_a_non_response(engine):
    got = _stances(engine, "A spokesman said the firm would not discuss the case.")
    assert [stance for stance, _ in got] == ["no_response"]


def test_no_evidence_held_is_a_finding(engine):
    assert _stances(engine, "The clinic said it had no evidence that the records had been misused.")[0][0] == "assert"


def test_evidence_not_provided_is_withheld(engine):
    got = _stances(engine, "The clinic did not provide evidence that the records were safe.")
    assert [stance for stance, _ in got] == ["no_response"]
