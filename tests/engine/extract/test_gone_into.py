"""A modal refusal to go into an answer ("would not get into specifics", "won't go into detail") is a
non-response; going into effect, or a past "did not get into the details", withholds nothing asked."""
import pytest


def _found(engine, text):
    analysis = engine.analyze(text)
    return [(a.cue.text if a.cue else None, a.stance, (analysis.source(a.source_id).name if a.source_id else None))
            for a in analysis.attributions if a.statement]


@pytest.mark.parametrize("text, cue, who", [
    ("Asked whether the club had asked for a second pick, general manager Odile Brannagh would not get into "
     "specifics.", "would not get into specifics", "Brannagh"),
    ("The harbourmaster, Colm Rietveld, would not go into detail about the collision, citing the inquiry.",
     "would not go into detail", "Rietveld"),
])
def test_a_refusal_to_go_into_an_answer_is_a_non_response(engine, text, cue, who):
    assert any(c == cue and s == "no_response" and who in (name or "") for c, s, name in _found(engine, text))


@pytest.mark.parametrize("text", [
    "The new parking rules will not go into effect until May, the council said.",
    "The ministry did not get into the details of the audit in its report.",
    "The committee would not get into a fight with the mayor, its chair said.",
])
def test_no_answer_gone_into_is_no_non_response(engine, text):
    assert not any(s == "no_response" for _, s, _ in _found(engine, text))
