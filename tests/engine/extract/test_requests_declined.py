""""Declined an interview request", "declined requests for comment", "declined to give evidence" withhold
an answer, and a body named by a word before it ("the league's referees body") is an organisation that
can decline, not a corpse; a request for a deal turned down ("refused the developer's request to sell")
and an invitation declined withhold none."""
import pytest


def _silences(engine, text):
    return [a.cue.text for a in engine.analyze(text).attributions if a.statement and a.stance == "no_response"]


@pytest.mark.parametrize("text", [
    "Indigenous Services Minister Paul Desjarlais declined an interview request.",
    "The mayor declined requests for comment.",
    "Kučera, who is charged alongside Dvořák, declined to give evidence.",
    "The league's referees body, PRO-A, declined to comment on individual decisions.",
    # a guess refused: "declined to speculate on whether …"
    "Coastguard officers declined to speculate on whether the ferry's engine had failed.",
    # an answer withheld in the passive
    "The harbour master declined to be interviewed.",
])
def test_a_request_for_an_answer_declined_is_a_non_response(engine, text):
    assert len(_silences(engine, text)) == 1


@pytest.mark.parametrize("text", [
    "The council refused the developer's request to sell the land.",
    "She declined the invitation to the gala.",
    "The body could not be identified.",
    # the source's own name withheld: an anonymity asked for, no answer withheld
    "A trader, who declined to be named, said the port had been shut since dawn.",
])
def test_no_answer_withheld(engine, text):
    assert _silences(engine, text) == []
