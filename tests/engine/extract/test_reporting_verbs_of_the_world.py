"""Reporting verbs of the world's newsrooms ("opined", "averred", "underlined", "apprised", "rued",
"held" of a court): a clause after them is words said. Those that also name an act or a topic
("conveyed his condolences", "highlighted the need for reform", "held talks", "read a statement")
report words only with a clause."""
import pytest


def _statements(engine, text):
    return [(a.content.text, a.cue.text) for a in engine.analyze(text).attributions if a.statement and a.cue]


@pytest.mark.parametrize("text, cue", [
    ("The mayor opined that the bridge would need to be rebuilt within five years.", "opined"),
    ("The engineer averred that the pillars had never been inspected.", "averred"),
    ("The commissioner underlined that no permits had been issued for the site.", "underlined"),
    ("She underscored that the clinic would remain open through the winter.", "underscored"),
    ("The minister apprised the House that the talks had stalled.", "apprised"),
    ("The union leader rued that the government had ignored their demands.", "rued"),
    ("The official divulged that the project was two years behind schedule.", "divulged"),
    ("The court held that the dismissal of the teachers was illegal.", "held"),
])
def test_a_clause_after_them_is_a_statement(engine, text, cue):
    assert any(said == cue and content.startswith("that") for content, said in _statements(engine, text))


@pytest.mark.parametrize("text", [
    "He conveyed his condolences to the family of the driver.",
    "The minister highlighted the need for reform of the rail network.",
    "Police held talks with traders on Monday.",
    "Marie Tremblay read a victim impact statement on behalf of the family.",
])
def test_an_act_or_a_topic_is_no_statement(engine, text):
    assert _statements(engine, text) == []


def test_finding_out_is_no_statement(engine):
    assert _statements(engine, "She spent years trying to find out where her brother had been sent.") == []


@pytest.mark.parametrize("text", [
    "A man walked in holding what appeared to be a knife, police said.",
    "Dockers enter third week of strike as port operator holds firm\n\nThe strike began on 3 May.",
])
def test_holding_without_a_that_clause_is_no_statement(engine, text):
    assert not any(said in ("holding", "holds") for _, said in _statements(engine, text))
