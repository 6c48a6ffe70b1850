"""The act denied may follow an adverb ("denied ever discussing the plan", "denies personally
approving the grant"); a thing refused stays no denial of words ("denied planning permission"). The
denier's quote straight after, owning to a little of the act in the first person ("I met them once"),
concedes: it is no rebuttal."""
import pytest


def _found(engine, text):
    return [(a.content.text, a.stance) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text, content", [
    ("Councillor Dee Moran denied ever discussing the application with planners.",
     "ever discussing the application with planners"),
    ("The minister denies personally approving the grant.", "personally approving the grant"),
])
def test_an_act_after_an_adverb_is_denied(engine, text, content):
    assert (content, "deny") in _found(engine, text)


def test_a_permission_refused_is_no_denial(engine):
    assert not any(stance == "deny" for _, stance in _found(engine, "The council denied planning permission."))


DENIAL = "Councillor Dee Moran denied ever discussing the application with the developer. "


@pytest.mark.parametrize("quote, stance", [
    ("'I met them once, as I'd meet anyone,' Moran told the paper.", "assert"),
    ("'I only spoke to them twice,' Moran told the paper.", "assert"),
    ("'I have never discussed it with anyone,' Moran told the paper.", "deny"),
])
def test_a_quote_owning_to_a_little_concedes(engine, quote, stance):
    found = _found(engine, DENIAL + quote)
    assert any(content.startswith(quote[1:8]) and got == stance for content, got in found)
