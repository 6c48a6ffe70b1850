"""Denials in meaning, whatever the cue verb: a quote that calls the claim untrue in any of its
sentences, "not a word of truth", "had done nothing wrong", "had no role in"; and what only looks
like one: a condition, a negation, a judgment of an act."""
import pytest


def _stances(engine, text):
    return [a.stance for a in engine.analyze(text).attributions]


@pytest.mark.parametrize("text", [
    '"The council followed every rule in the book. The story is a fabrication," Mr Adeyemi told reporters.',
    '"There is not a word of truth in it," the harbourmaster said on Friday.',
    "The hospital trust insisted it had done nothing wrong.",
    "The researchers wrote that the sponsor had no role in the analysis.",
    '"Rotas were set weeks ahead and never changed. Any suggestion of favouritism is simply wrong," she said.',
    "Ms Varley said she had nothing to do with the missing funds.",
    '"No, that is simply not correct. The pumps were never switched off," the engineer said.',
    "The ferry company said the report was not accurate.",
    'Mr Lusk rejected suggestions that the dockers had timed the walkout. "That\'s a fairy tale," he said.',
    '"That is a cock-and-bull story," the harbourmaster said.',
])
def test_a_denial_in_meaning_is_a_denial(engine, text):
    assert "deny" in _stances(engine, text)


@pytest.mark.parametrize("text", [
    '"If the mayor has done nothing wrong, she has nothing to fear," the councillor said.',
    '"It is wrong to fine families for a late bus," the headteacher said.',
    "The inspector said the drains had nothing wrong with them.",
    "Mr Pike did not say that he had no role in the deal.",
    "She asked whether the firm had done nothing wrong?",
    '"It is not right that tenants wait a year for repairs," the ombudsman said.',
    "She said it was not correct to blame the porters.",
    '"That is not true of every ward," the matron said.',
    "The mayor said the budget was not perfect.",
    '"The Snow Queen is a fairy tale I loved as a child," she said.',
])
def test_what_only_looks_like_a_denial_is_none(engine, text):
    assert "deny" not in _stances(engine, text)


@pytest.mark.parametrize("text", [
    "The rector pushed back on the criticism at Thursday's meeting.",
    "The chief executive pushed back against suggestions that the merger had been rushed.",
])
def test_pushing_back_on_a_claim_is_a_denial(engine, text):
    assert "deny" in _stances(engine, text)


@pytest.mark.parametrize("text", [
    "The crowd pushed back against police lines.",
    "The council pushed back the vote to June.",
])
def test_pushing_back_on_no_claim_is_no_denial(engine, text):
    assert "deny" not in _stances(engine, text)


def test_a_verdict_the_parser_hung_on_the_claim_is_still_a_denial(engine):
    text = ("Two brothers accused of selling counterfeit boiler parts to landlords across the county called the "
            "allegations false as their trial opened on Monday.")
    analysis = engine.analyze(text)
    finds = [(a.cue.text if a.cue else None, a.stance) for a in analysis.attributions]
    assert ("called", "deny") in finds
    assert not [cue for cue, _ in finds if cue and cue.startswith("accused")]


def test_those_accused_said_nothing_by_being_accused(engine):
    analysis = engine.analyze("A care worker accused of stealing from residents appeared in court on Friday.")
    assert analysis.attributions == []


def test_a_verdict_on_a_claim_named_before_it_is_a_denial(engine):
    text = ('Councillor Ada Brennan on Monday denied that she had helped her nephew win the paving contract, '
            'calling the accusation "a fiction cooked up by my opponents."')
    analysis = engine.analyze(text)
    assert [a.stance for a in analysis.attributions if a.cue and a.cue.text.startswith("calling")] == ["deny"]


def test_a_verdict_on_what_is_no_claim_is_no_denial(engine):
    assert "deny" not in _stances(engine, "She called the decision a disgrace.")


@pytest.mark.parametrize("text", ["The union rebuffed the suggestion.", "The firm disputed the figures."])
def test_deny_verbs_on_a_claim_stay_denials(engine, text):
    assert _stances(engine, text) == ["deny"]


@pytest.mark.parametrize("text", ["The club rejected the offer from a housebuilder.",
                                  "The appeal court rejected the appeal."])
def test_an_offer_or_appeal_turned_down_is_no_statement_at_all(engine, text):
    assert _stances(engine, text) == []
