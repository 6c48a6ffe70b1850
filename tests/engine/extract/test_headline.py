"""A headline's denial the parser misreads ("X rejects claim Y" with "rejects" taken for a noun)
is a denial by the words before the verb; a sentence the parser read right is left alone."""
import pytest


def _finds(engine, text):
    analysis = engine.analyze(text)
    return [(analysis.source(a.source_id).name if a.source_id else None, a.cue.text if a.cue else None, a.stance,
             a.content.text) for a in analysis.attributions]


@pytest.mark.parametrize("text, speaker", [
    ("Harbour board rejects claim ferry tender was fixed", "Harbour board"),
    ("Deputy governor rejects claims he leaned on inspectors over quarry", "Deputy governor"),
    ("Water company disputes claims it polluted the Leam", "Water company"),
    ("Rowing club denies claims it sold boathouse", "Rowing club"),
])
def test_deny_verb_before_a_claim_noun_is_a_denial_by_the_words_before_it(engine, text, speaker):
    denials = [f for f in _finds(engine, text) if f[2] == "deny"]
    assert len(denials) == 1
    who, cue, _, _ = denials[0]
    assert who is not None and who.lower() == speaker.lower()
    assert cue.split()[0] in ("rejects", "disputes", "denies")


@pytest.mark.parametrize("text, content", [
    ("Bakery owner denies selling stale bread to schools", "selling stale bread to schools"),
    ("The treasurer denied taking money from the fund.", "taking money from the fund"),
])
def test_a_denied_act_in_the_gerund_is_what_is_denied(engine, text, content):
    assert [(f[2], f[3]) for f in _finds(engine, text) if f[2] == "deny"] == [("deny", content)]


def test_a_decision_on_a_gerund_is_no_denial(engine):
    assert "deny" not in [f[2] for f in _finds(engine, "The council rejected selling the playing field.")]


def test_a_denial_the_parser_read_right_is_one_denial_in_the_words_said_after_it(engine):
    text = ("Parents said the new timetable would cost them a day's pay. Ms Obi disputed that, saying buses "
            "would run on Fridays too.")
    analysis = engine.analyze(text)
    denials = [(a.cue.text, a.content.text) for a in analysis.attributions if a.stance == "deny" and a.statement]
    assert denials == [("saying", "buses would run on Fridays too")]
