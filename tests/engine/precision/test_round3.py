"""Round 3 against the precision sets: one silence however it is cued, and false finds by class."""
import pytest


def _found(engine, text):
    analysis = engine.analyze(text)
    return {a.content.text: (a.stance, analysis.source(a.source_id).name if a.source_id else None)
            for a in analysis.attributions}


def test_a_body_saying_it_does_not_confirm_or_deny_is_one_non_response(engine):
    got = _found(engine, "The harbour authority said it does not confirm or deny whether it is auditing a tenant.")
    assert list(got.values()) == [("no_response", "harbour authority")]


def test_a_statement_then_a_silence_stays_two(engine):
    got = _found(engine, "The developer said it had no plans for the site but would not comment further.")
    assert got["it had no plans for the site"][0] == "assert"  # the sayer's refusal is cut from the words
    assert got["further"][0] == "no_response"


@pytest.mark.parametrize("text, content", [
    ("The central bank held rates at 4 per cent, as expected, and the currency rose.", None),
    ("The harbour authority, which owns the pier, declined to be interviewed about its future.\n\n"
     "Salt Cove's story was told in the 2019 documentary 'Last Tide'.", "be interviewed about its future"),
    ("He patted the old tractor he calls Bessie. It still starts first time.", None),
])
def test_asides_tales_and_names_are_no_attributions(engine, text, content):
    assert list(_found(engine, text)) == ([content] if content else [])


@pytest.mark.parametrize("text, content", [
    ("The central bank held rates at 4 per cent, as the finance ministry had predicted.", None),
    ("The committee was told the bridge would reopen in May.", "the bridge would reopen in May"),
    ('Her sister said in a letter that their mother had called Ilse "the steadiest hand in the house."', None),
])
def test_a_forecaster_a_clause_told_or_a_thing_said_of_a_name_stays(engine, text, content):
    got = _found(engine, text)
    assert got if content is None else content in got


@pytest.mark.parametrize("text, stance", [
    ('"That figure is wrong. It was about a tenth," the utility\'s chief, Ola Brenne, said.', "deny"),
    ('"The estimate was simply incorrect," the port director, Kai Lunde, said.', "deny"),
    ('"That figure is the highest in a decade," the port director, Kai Lunde, said.', "assert"),
])
def test_a_figure_called_wrong_is_denied(engine, text, stance):
    assert [s for s, _ in _found(engine, text).values()] == [stance]


def _statements(engine, text):
    return {a.content.text for a in engine.analyze(text).attributions if a.statement}


def test_what_a_person_showed_is_no_statement(engine):
    text = ("The inquest heard from Dr Mira Sandell, a structural engineer, who said the beam had been fitted "
            '"some time in the 1980s" and showed deep cracks at the joint.')
    got = _statements(engine, text)
    assert "deep cracks at the joint" not in got and any(c.startswith("the beam had been fitted") for c in got)


def test_what_figures_show_is_still_a_statement(engine):
    assert "a payment of 40,000 euros" in _statements(engine, "Records obtained by the Gazette show a payment of 40,000 euros.")


def test_agreeing_to_do_something_is_a_deal_not_words(engine):
    assert "to pay for the boat he lost" not in _statements(engine, "Her insurer has agreed to pay for the boat he lost.")


def test_agreeing_that_something_is_so_is_still_a_statement(engine):
    got = _statements(engine, "The council's auditor agreed that the budget had been overspent.")
    assert any("the budget had been overspent" in c for c in got)


def test_a_record_that_gives_no_details_withholds_no_answer(engine):
    got = _found(engine, "The council's diaries show two meetings with the developer but give no details of what was said.")
    assert "no_response" not in [s for s, _ in got.values()]


def test_a_body_that_gives_no_details_still_withholds_them(engine):
    got = _found(engine, "The developer gave no details of what was said at the meetings.")
    assert [s for s, _ in got.values()] == ["no_response"]


def test_what_people_say_inside_a_quote_is_the_speakers_way_of_putting_it(engine):
    text = '"People say they can\'t taste the difference. Their tongues can," said the brewer, Jonas Eberle.'
    assert "they can't taste the difference" not in _statements(engine, text)


@pytest.mark.parametrize("text, content", [
    # a body just named, as "they"
    ('Parent Aine Ruddy said the merger would mean bigger classes. "They keep saying it\'s about standards. '
     'It\'s about money," she said.', "it's about standards"),
    # words quoted inside the quote
    ('"When I retired, everyone said, \'Now you rest.\' I rested for a week," she says.', "Now you rest"),
])
def test_they_and_words_quoted_in_a_quote_stay_statements(engine, text, content):
    assert content in _statements(engine, text)


def test_an_offer_rejected_saying_why_is_a_decision_and_what_is_said():
    from sourcetrace import analyze
    r = analyze("The union rejected the employers' latest contract offer on Tuesday, saying it did nothing "
                "to protect jobs.")
    assert [(a.stance, r.source(a.source_id).name) for a in r.attributions] == [("assert", "union")]


def test_you_never_answered_in_a_quote_is_a_reproach_not_a_silence():
    from sourcetrace import analyze
    assert [a.stance for a in analyze('"Because you never answered," Van Wyk says.').attributions] == ["assert"]
