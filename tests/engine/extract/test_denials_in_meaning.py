"""A denial in meaning, whatever the cue: a verdict on the claim in a joined clause or after
"No,", the speaker's own "I reject that", a claim called "a cheap shot"; and what is no denial:
an act rejected, a funder's disclosure in a relative clause, a condition, "nothing to hide"."""
import pytest


def _stances(engine, text):
    return [a.stance for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    # the verdict in the second of two joined clauses
    "Harbour Dredging said it had followed the tender rules and that any suggestion otherwise was false.",
    "The mayor said the figures were old and that the report was inaccurate.",
    # the speaker's own rejection, in the first person, of what was put to them
    '"I reject that completely. The survey was published in full," she said.',
    '"We deny these allegations. Every invoice was paid," a company spokesman said.',
    # an extraposed "it" whose "that" clause is said untrue
    '"It is not true that I took the money," he said.',
    "He said it was not the case that the plant had leaked.",
    # a cue phrase headed by the denial, though the parser took its claim noun for a verb
    "Ms Tate rejected Opposition claims that construction had stalled, saying the wall was raised.",
    # a telling of events rejected
    "Students' groups rejected the minister's explanation.",
    # a claim, named as such, called a cheap shot or a witch hunt
    'The senator denied it, calling the allegation "a cheap shot from rivals".',
    '"These allegations are a witch hunt," the minister said.',
])
def test_a_denial_in_meaning_is_a_denial(engine, text):
    assert "deny" in _stances(engine, text)


def test_no_then_a_verdict_on_the_claim_answers_as_a_denial(engine):
    text = ("Dr Mira Solberg runs the Lakeside Water Board. She spoke to the Courier.\n\n"
            "Q: Farmers say you diverted their water. Is that true?\n\n"
            "A: No, that is simply not correct. The canal is low because the dam is low.\n\n"
            "Q: Will the taps run this summer?\n\n"
            "A: Drinking water comes first, and we will meet it.\n")
    answers = [a.stance for a in engine.analyze(text).attributions if a.content.text.startswith(("No,", "Drinking"))]
    assert answers == ["deny", "assert"]


@pytest.mark.parametrize("text", [
    # an act rejected is no claim denied
    "The board rejected the plan.",
    '"We reject the offer. It is far too low," the board said.',
    "The union said the pay rise was welcome and that the offer was generous.",
    # a disclosure of another's part, in a relative clause, denies nothing the speaker was accused of
    "The study was funded by the Orrin Science Council, which had no role in its design, the journal said.",
    # a condition, and a rejection negated
    '"If the minister has nothing to hide, he should welcome an inquiry," she said.',
    # an assurance of openness, which writers take as an assertion
    '"I have nothing to hide," the councillor told reporters.',
    '"I don\'t reject that at all. The survey was late," she said.',
    # a judgment of a state of things, and claims repeated, not rejected
    '"It is not right that children go hungry," she said.',
    "Ms Tate repeated Opposition claims that construction had stalled.",
    # a shot that is no verdict on a claim
    '"It was a cheap shot, and the referee missed it," the coach said of the tackle.',
    "The coach called the tackle a cheap shot.",
])
def test_no_denial_without_a_claim_denied(engine, text):
    assert "deny" not in _stances(engine, text)


@pytest.mark.parametrize("text", [
    "State senator denies steering grant to nephew's charity\n\nThe senator said on Tuesday she had done nothing wrong.",
    "The minister denied meeting executives from the developer before the award.",
])
def test_an_act_denied_through_a_gerund_read_as_a_modifier_is_a_denial(engine, text):
    assert _stances(engine, text)[:1] == ["deny"]


@pytest.mark.parametrize("text", [
    "Council denies planning permission for tower\n\nThe council refused the plan on Monday.",
    "The council denied parking permits to the traders.",
    "The minister denied the grant.",
])
def test_a_thing_refused_is_no_denial(engine, text):
    assert "deny" not in _stances(engine, text)
