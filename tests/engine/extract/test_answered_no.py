"""An interview's "No." to a claim put to the speaker with "Is that fair?" denies it; a "No" to any
other question answers it."""

INTRO = "Reeve Alma Tesch has led the district since 2017. She spoke to the Ledger.\n\n"


def _answers(engine, text):
    return [(a.stance, a.content.text[:12]) for a in engine.analyze(text).attributions if a.statement and a.cue is None and a.stance != "question"]


def test_no_to_a_claim_put_is_a_denial(engine):
    text = INTRO + ("Ledger: The province's review says your alert went out late. Is that fair?\n\n"
                    "Tesch: No. We sent the alert eleven minutes after the order.\n\n"
                    "Ledger: Will you run again next fall?\n\n"
                    "Tesch: No. Twelve years is enough for anyone.\n")
    assert _answers(engine, text) == [("deny", "No. We sent "), ("assert", "No. Twelve y")]


def test_no_to_a_question_of_feeling_stays_an_answer(engine):
    text = INTRO + ("Ledger: The chairman said your hiring was a gimmick. Did that bother you?\n\n"
                    "Tesch: No. I have heard worse at council meetings.\n\n"
                    "Ledger: The fire came within a mile of town. Is that true?\n\n"
                    "Tesch: No. It came within two miles, and the wind turned.\n")
    # the second question asks if a fact is so, but no one was reported claiming it
    assert [s for s, _ in _answers(engine, text)] == ["assert", "assert"]
