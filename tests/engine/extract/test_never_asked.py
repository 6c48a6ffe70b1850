"""A silence told with "never" is a narrated event ("the landlord never replied to her letters")
unless the sentence shows the press or the public asking ("never responded to requests for
comment", "never returned our calls", "never responded publicly")."""
import pytest


def _silences(engine, text):
    return [a.cue.text for a in engine.analyze(text).attributions if a.statement and a.stance == "no_response"]


@pytest.mark.parametrize("text", [
    "The landlord never replied to her letters.",
    "For two years the company never answered the tenants' complaints about the damp.",
    "Her son never returned her calls after the funeral.",
    "Okonjo never responded to the magistrate's order to appear.",
    "He never answered, and the line went dead.",
    "The council never replied to the petition the residents of Aldgate Row delivered in March.",
    "Mrs Pereira wrote to the bank three times, but it never responded.",
    "The club never answered his emails about the unpaid wages, Tomlin told the tribunal.",
])
def test_a_narrated_silence_is_no_non_response(engine, text):
    assert _silences(engine, text) == []


@pytest.mark.parametrize("text, cue", [
    ("Marren never responded to repeated requests for comment.", "never responded"),
    ("The ministry never responded to questions from reporters.", "never responded"),
    ("The firm never returned our calls.", "never returned"),
    ("Osei has never responded publicly to the findings.", "has never responded"),
    ("The developer never answered emails seeking comment on the delays.", "never answered"),
    ("Ruiz did not respond to her letters.", "did not respond"),
])
def test_a_silence_the_press_or_public_met_still_counts(engine, text, cue):
    assert _silences(engine, text) == [cue]
