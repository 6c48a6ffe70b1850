""""X rejected that claim, saying Y": one statement, a denial made in the words Y. A bare object
("that", "the criticism") is no statement of its own; a claim spelt out ("denied that the union had been
blindsided, saying …") is denied apart from what is said after it, and an offer turned down is no denial."""
import pytest


def _statements(engine, text):
    return [(a.stance, a.content.text) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text, said", [
    ("Critics said the depot was losing money. The manager rejected that claim, saying the depot had "
     "made a profit in May.", "the depot had made a profit in May"),
    ("Members said the board had overspent. Ms Varga rejected the criticism, saying the new roof "
     "was paid for by a grant.", "the new roof was paid for by a grant"),
])
def test_a_bare_object_rejected_saying_why_is_one_denial(engine, text, said):
    got = _statements(engine, text)
    assert ("deny", said) in got
    assert [content for stance, content in got if stance == "deny"] == [said]


def test_a_claim_spelt_out_is_denied_apart_from_what_is_said_after(engine):
    got = _statements(engine, "Mr Okoro denied that the union had been kept in the dark, saying its "
                              "leaders had been briefed on Monday.")
    assert ("deny", "that the union had been kept in the dark") in got
    assert ("assert", "its leaders had been briefed on Monday") in got


def test_a_named_object_rejected_saying_why_is_denied_apart(engine):
    got = _statements(engine, "The operator rejected the regulator's findings, saying its meters had been "
                              "certified in May.")
    assert ("deny", "the regulator's findings") in got
    assert ("assert", "its meters had been certified in May") in got


def test_an_offer_rejected_saying_why_is_no_denial(engine):
    got = _statements(engine, "The union rejected the latest pay offer, saying it did nothing for "
                              "night staff.")
    assert "deny" not in [stance for stance, _ in got]
