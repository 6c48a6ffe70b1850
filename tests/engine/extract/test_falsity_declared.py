"""A reported clause that declares a claim false is a denial, however the writer words the verdict:
an extraposed "it" for saying something called untrue, the "not" the parser hangs on "true" inside
quote marks, a claim called gossip or rumours, a claim said to have been made up, and a verdict under a
measure noun ("a work of fiction"). What only looks like one stays an assertion."""
import pytest


@pytest.mark.parametrize("text, opening", [
    ('The senator\'s lawyer said it was "wholly untrue and malicious" to suggest that she had bought votes.', "it was"),
    ("The club said it was wrong to claim that the stadium had failed its inspection.", "it was"),
    ('A council spokeswoman said it was "simply not true" that the bins had been left for a month.', "it was"),
    ('The chairman told the Gazette the allegation was "idle gossip".', "the allegation"),
    ('The bishop dismissed the stories, describing them as "rumours spread by rivals".', "them as"),
    ('The union said the letter was "concocted to frighten members" and that no vote had been held.', "the letter"),
    ("The coach said the report had been made up by a former assistant.", "the report"),
    ('Her lawyer said the charges were "a tissue of lies from start to finish".', "the charges"),
])
def test_a_claim_declared_false_is_a_denial(stance_of, text, opening):
    assert stance_of(text, opening, statements_only=True) == "deny"


@pytest.mark.parametrize("text, opening", [
    ('"It is wrong to punish the children for this," the headteacher said.', "It is wrong"),
    ("The museum said the telescope was invented in the Netherlands.", "the telescope"),
    ("The auditor said the figures had not been invented.", "the figures"),
    ("The guide said the castle was a work of great beauty.", "the castle"),
])
def test_what_only_looks_like_a_verdict_stays_an_assertion(stance_of, text, opening):
    assert stance_of(text, opening, statements_only=True) == "assert"


def test_the_saying_a_verdict_supposes_is_no_attribution_of_its_own(engine):
    text = 'The MP\'s lawyer said it was "wholly untrue" to suggest that his client had paid voters.'
    cues = [a.cue.text for a in engine.analyze(text).attributions if a.cue is not None]
    assert cues == ["said"]
