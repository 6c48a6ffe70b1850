"""What is no statement among thoughts and acts: a hope (a wish), a belief of whoever may hold it
("customers who believe …"), a past expectation quoted from a file, and an act on a bare object whose
words follow in a "saying" clause; a view put forward now, and the words said, stay statements."""
import pytest


def _statements(engine, text):
    return [(a.cue.text if a.cue else None, a.content.text, a.statement) for a in engine.analyze(text).attributions]


@pytest.mark.parametrize("text, cue", [
    ("The depot was quiet. Several drivers waiting on their shifts hope the old rota will come back.", "hope"),
    ("Tenants who believe they were overcharged can apply for a refund online.", "believe"),
    ('According to the minutes, the board expected "fierce resistance" from growers.', "expected"),
    ("Councillor Ama Reyes defended the budget, saying the roads had been neglected for a decade.", "defended"),
])
def test_a_wish_a_belief_of_whoever_or_an_act_before_its_words_is_no_statement(engine, text, cue):
    got = [statement for c, _, statement in _statements(engine, text) if c == cue]
    assert got == [False]


def test_a_welcome_before_its_words_is_no_statement(engine):
    got = _statements(engine, "The harbour master welcomed the decision, saying the pier was overdue for repair.")
    assert True not in [statement for cue, _, statement in got if cue == "welcomed"]


@pytest.mark.parametrize("text, cue", [
    ("Police believe the fire was set deliberately.", "believe"),
    ("Councillor Ama Reyes defended the budget, saying the roads had been neglected for a decade.", "saying"),
    ("The harbour master welcomed the decision, saying the pier was overdue for repair.", "saying"),
])
def test_a_view_put_forward_and_the_words_said_stay_statements(engine, text, cue):
    got = [statement for c, _, statement in _statements(engine, text) if c == cue]
    assert got == [True]


@pytest.mark.parametrize("text, cue, statement", [
    ("The lawyer said CCTV footage would show that her client never touched him.", "would show", False),
    ("Prosecutors said the defence would show that the managers had approved the deal.", "would show", False),
    ("Records show the bid was higher than the lowest bid.", "show", True),
])
def test_what_evidence_would_show_is_foretold_what_it_shows_is_stated(engine, text, cue, statement):
    assert [s for c, _, s in _statements(engine, text) if c == cue] == [statement]


@pytest.mark.parametrize("text, cue", [
    ("Stallholders at the night market fear the new levy will drive customers away.", "fear"),
    ("Many nurses worry the rota change will leave wards short at night.", "worry"),
])
def test_a_fear_is_no_statement(engine, text, cue):
    got = [statement for c, _, statement in _statements(engine, text) if c == cue]
    assert got == [False]


def test_a_fear_said_is_a_statement_by_its_saying(engine):
    text = "The union said its members feared the plant would close."
    assert any(c == "said" and statement for c, _, statement in _statements(engine, text))
