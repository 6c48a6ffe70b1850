"""A claim called "not accurate" is called untrue, and a phrase of innocence keeps its meaning when
the writer puts part of it in quote marks ('had "no hand" in it'); a truth held to a measure or a
part, or an innocence phrase negated, denies nothing."""
import pytest


def _stance_of(engine, text, opening):
    return next(a.stance for a in engine.analyze(text).attributions if a.content.text.startswith(opening))


@pytest.mark.parametrize("text, opening", [
    ('A former driver told the paper that brakes had failed twice. The depot manager called that account '
     '"not accurate".', "that account"),
    ('The mayor called the story "simply not true".', "the story"),
    ('Residents blamed the quarry for the flooding. The quarry\'s owner said it had "no role" in the '
     'flooding.', "it had"),
    ('The club said in a statement that its players "had nothing to do" with the damage.', "that its players"),
])
def test_untrue_and_innocent_in_quote_marks_deny(engine, text, opening):
    assert _stance_of(engine, text, opening) == "deny"


@pytest.mark.parametrize("text, opening", [
    ("The planner called the figures not accurate enough to plan on.", "not accurate"),
    ("The matron called the claim not true of every ward.", "the claim"),
    ('The coach called the report "not perfect" but useful.', "the report"),
    ('The auditor did not say the firm had "no role" in the loss.', "the firm"),
])
def test_a_measured_truth_or_a_negated_innocence_denies_nothing(engine, text, opening):
    assert _stance_of(engine, text, opening) != "deny"
