"""Round 2 against the precision sets: stances the content gives, finds that are one statement,
rulings that are no denials, and speakers called by a short form of a name given in full."""
import pytest


def _found(engine, text):
    analysis = engine.analyze(text)
    return {a.content.text: (a.stance, analysis.source(a.source_id).name if a.source_id else None)
            for a in analysis.attributions}


@pytest.mark.parametrize("text, content", [
    ('Asked about the leaked memo, the treasurer said that was "completely false."', 'that was "completely false'),
    ("The bakery said the allegations were baseless.", "the allegations were baseless"),
    ('"There is no such deal," the minister said.', "There is no such deal"),
])
def test_content_that_calls_a_claim_untrue_is_a_denial(engine, text, content):
    assert _found(engine, text)[content][0] == "deny"


@pytest.mark.parametrize("text, content", [
    ("The treasurer said the memo was written in March.", "the memo was written in March"),
    ("The bakery said it was false economy to cut staff.", "it was false economy to cut staff"),
    ("The treasurer said that was not untrue.", "that was not untrue"),
])
def test_content_that_calls_nothing_untrue_stays_an_assertion(engine, text, content):
    assert _found(engine, text)[content][0] == "assert"


def test_neither_confirm_nor_deny_is_no_answer(engine):
    got = _found(engine, "The agency would neither confirm nor deny whether it had opened an inquiry.")
    assert got == {"whether it had opened an inquiry": ("no_response", "agency")}


def test_a_denial_of_that_saying_why_is_one_denial_in_the_words_said(engine):
    analysis = engine.analyze("Jorge Alvarado said the levy would double. Mendes disputed that, saying the levy "
                              "would rise by a tenth.")
    statements = {a.content.text: a.stance for a in analysis.attributions if a.statement}
    assert statements == {"the levy would double": "assert", "the levy would rise by a tenth": "deny"}
    # the bare "that" stays, no statement, for the claims layer to link to the levy doubling
    assert [(a.content.text, a.stance) for a in analysis.attributions if not a.statement] == [("that", "deny")]


def test_a_body_saying_it_cannot_comment_is_its_non_response(engine):
    got = _found(engine, "A spokesman for the regulator said it could not comment on an open investigation.")
    assert list(got.values()) == [("no_response", "spokesman for the regulator")]


def test_a_non_response_reported_of_someone_else_stays_nested(engine):
    got = _found(engine, "The mayor said the contractor did not return calls.")
    assert got["the contractor did not return calls"][0] == "assert"
    assert ("no_response", "contractor") in got.values()


def test_a_court_dismissing_a_case_is_no_denial(engine):
    got = _found(engine, "Judge Amara Lindqvist dismissed the lawsuit brought by the landlord against the tenants.")
    assert [s for s, _ in got.values() if s == "deny"] == []


def test_dismissing_a_report_is_still_a_denial(engine):
    got = _found(engine, "The minister dismissed the report as speculation.")
    assert [s for s, _ in got.values()] == ["deny"]


def test_nobody_in_a_quote_getting_something_done_is_no_silence(engine):
    got = _found(engine, '"Nobody should have to close the shop to get this sorted," she said.')
    assert [s for s, _ in got.values() if s == "no_response"] == []


def test_a_first_name_after_the_full_name_is_that_person(engine):
    got = _found(engine, "Ines Varga, 15, said the dog was cold. Her brother, Tomas Varga, said it had run off. "
                         "Ines said it was shaking.")
    assert got["it was shaking"][1] == "Ines Varga"


def test_the_short_form_of_a_firm_named_in_full_is_that_firm(engine):
    got = _found(engine, "Brenmoor Estates owns the block. Brenmoor declined to say when repairs would start.")
    assert got["when repairs would start"][1] == "Brenmoor Estates"


def test_a_title_before_a_name_the_tagger_took_for_a_body_is_dropped(engine):
    got = _found(engine, "Superintendent Laura Bell said the schools would reopen on Monday.")
    assert got["the schools would reopen on Monday"][1] == "Laura Bell"


@pytest.mark.parametrize("text, content, speaker", [
    ("Freight group Halvard Lines said it would add a second ship.", "it would add a second ship", "Halvard Lines"),
    ("The mine's operator, Perth-based Quorra Minerals, said output had doubled.", "output had doubled",
     "Quorra Minerals"),
    ("The Bank of England said rates would rise.", "rates would rise", "Bank of England"),
])
def test_what_a_body_is_set_before_its_name_is_no_part_of_it(engine, text, content, speaker):
    assert _found(engine, text)[content][1] == speaker


def test_a_title_before_a_run_of_names_marks_a_person(engine):
    got = _found(engine, "Chairman Bartholomew Quennell, whose family bought the pub in 1962, said the roof "
                         "had been mended.")
    assert got["the roof had been mended"][1] == "Bartholomew Quennell"


def test_an_impersonal_forecast_has_no_one_behind_it(engine):
    got = _found(engine, "The bypass is expected to open in October. The mayor said it would ease traffic.")
    assert list(got) == ["it would ease traffic"]


def test_a_forecast_with_an_agent_keeps_it(engine):
    got = _found(engine, "The bank is expected by economists to raise rates.")
    assert [who for _, who in got.values()] == ["economists"]


def test_an_animal_named_in_the_story_is_not_silent(engine):
    text = ("Marek Dvorak and his cocker spaniel Biscuit took first prize. Biscuit was not available for comment, "
            "having eaten the rosette.")
    assert [s for s, _ in _found(engine, text).values() if s == "no_response"] == []


def test_a_person_named_like_no_animal_can_still_be_silent(engine):
    text = "Marek Dvorak took first prize with his spaniel. Dvorak was not available for comment."
    assert [s for s, _ in _found(engine, text).values()] == ["no_response"]


def test_a_day_is_no_speaker_but_a_person_by_age_is(engine):
    from sourcetrace.engine.extract.base import Found
    from sourcetrace.engine.extract.impersonal import nobody_behind
    from sourcetrace.engine.extract.precision import _lex
    from sourcetrace.engine.parse import load_nlp, parse_text

    doc = parse_text(load_nlp(), "Yesterday proved what this side can do.")
    day = Found(content=[(doc[1].idx + len("proved "), len(doc.text) - 1)], cue=(doc[1].idx, doc[1].idx + 6),
                source=(0, len("Yesterday")))
    assert nobody_behind(doc, day, doc[1], _lex())
    got = _found(engine, "The 31-year-old denied that the injury had slowed her down.")
    assert [s for s, _ in got.values()] == ["deny"]


def test_a_quote_going_on_after_the_cue_is_joined_across_a_hard_wrap(engine):
    text = ("Councillor Pietro Lindahl said the repairs were overdue. \"The tenants have waited through two\n"
            "winters for heating that works,\" he said. \"They deserve better, and frankly they\n"
            "deserved it last year.\"\n")
    analysis = engine.analyze(text)
    quotes = [a for a in analysis.attributions if a.type == "direct"]
    assert len(quotes) == 1 and quotes[0].cue is not None
    assert quotes[0].content.text.endswith("deserved it last year.")


@pytest.mark.parametrize("text, content", [
    ("Neighbours thought the lodger was a spy because he kept odd hours.", "the lodger was a spy"),
    ("Many in the valley feel abandoned.", "abandoned"),
    ("She had never doubted that the mill would reopen.", "that the mill would reopen"),
    ("The trust expects visitors to double by June.", "visitors to double by June"),
])
def test_a_state_of_mind_is_no_statement(engine, text, content):
    found = [a for a in engine.analyze(text).attributions if content in a.content.text]
    assert found and all(a.statement is False for a in found)


def test_a_view_put_forward_now_is_a_statement(engine):
    found = {a.content.text: a for a in engine.analyze("Investigators believe the blaze was started "
                                                       "deliberately.").attributions}
    assert [a.statement for a in found.values()] == [True]


def test_what_another_thinks_inside_a_quote_is_no_statement_of_theirs(engine):
    text = '"He thinks the river will stay low. I think he is wrong," said Ilona Varga.'
    analysis = engine.analyze(text)
    nested = [a for a in analysis.attributions if a.type != "direct"]
    assert nested and all(a.statement is False for a in nested)
    assert [a.statement for a in analysis.attributions if a.type == "direct"] == [True]


def test_a_plea_of_not_guilty_is_a_denial(engine):
    got = _found(engine, "Harlan Voss, 52, has pleaded not guilty to fraud and forgery.")
    assert [s for s, _ in got.values()] == ["deny"]


def test_a_score_run_on_to_a_name_is_no_part_of_it():
    from sourcetrace.engine.parse import load_nlp, parse_text
    from sourcetrace.engine.resolve.names import person_entities

    doc = parse_text(load_nlp(), "Unseeded Adaeze Okonjo beat top seed Valeria Lindqvist-Mora 4-6, 7-6 (9), 6-3 in "
                                 "the final on Sunday.")
    names = [p.text for p in person_entities(doc)]
    assert names and not any(ch.isdigit() for name in names for ch in name)


def test_a_hyphenated_surname_the_tagger_missed_is_a_subject_in_context():
    from sourcetrace.engine.parse import load_nlp, parse_text
    from sourcetrace.engine.resolve.context import _surnames_missed

    doc = parse_text(load_nlp(), "Ines Marlow-Quist and Tom Ruddle arrived late. Marlow-Quist, who runs the "
                                 "café, was calm.")
    assert "Marlow-Quist" in [s.text for s in _surnames_missed(doc)]


def test_a_short_name_beside_a_source_with_no_name_left_does_not_fail():
    from sourcetrace.engine.resolve.coref import Entity, _short_for
    from sourcetrace.engine.resolve.mentions import Mention

    nameless = Entity(kind="person", named=False, name="’s")
    m = Mention(0, 5, "Perez", "person", True, "Perez")
    assert _short_for([nameless], m, "perez") is None


@pytest.mark.parametrize("text, cue", [
    ("Marlow did not speak to reporters after the hearing.", "did not speak"),
    ("The agency declined to name the contractor.", "declined to name"),
])
def test_silence_towards_the_press_and_a_name_withheld_are_non_responses(engine, text, cue):
    analysis = engine.analyze(text)
    assert [(a.cue.text, a.stance) for a in analysis.attributions] == [(cue, "no_response")]


def test_not_speaking_to_a_relative_is_no_non_response(engine):
    assert engine.analyze("She did not speak to her brother for a year.").attributions == []


def test_a_write_down_is_an_act_not_writing(engine):
    found = engine.analyze("Dunmore Mills also wrote down 7 million pounds on a stalled warehouse scheme.").attributions
    assert found and all(a.statement is False for a in found)
    said = engine.analyze("She wrote in her column that the bakery would close.").attributions
    assert [a.statement for a in said] == [True]


def test_a_named_work_after_its_noun_is_no_quote_even_with_a_cue(engine):
    found = engine.analyze('He wrote a novel, "Salt and Harbour," which sold well.').attributions
    assert [a for a in found if a.type == "direct"] == []


def test_a_name_set_off_before_a_joined_verb_is_its_subject(engine):
    got = _found(engine, "The council approved the mast after a resident, Harriet Quayle, complained that "
                         "the signal was weak.")
    assert got["that the signal was weak"][1] == "Harriet Quayle"


def test_a_corporate_suffix_is_no_part_of_the_name_a_reader_uses(engine):
    got = _found(engine, "Ostrava Pump Systems, Inc. today announced a recall of 300 pumps. Calder Valley Plastics "
                         "Ltd said sales fell.")
    assert [who for _, who in got.values()] == ["Ostrava Pump Systems", "Calder Valley Plastics"]


def test_a_name_ending_in_a_corporate_suffix_is_a_firm_the_company_can_mean(engine):
    text = ("Brisket Hollow Orchards, Inc. today announced it would sell its cider mill. The company said the "
            "sale would close in May.")
    got = _found(engine, text)
    assert got["the sale would close in May"][1] == "Brisket Hollow Orchards"


def test_a_name_after_a_quote_and_said_is_no_content(engine):
    text = ('"Thirty years ago this was six stalls and a tent," said\nfair director Odile Brannock, who co-founded '
            'the event with her late\nbrother, Piet Brannock. "We have grown."\n')
    got = _found(engine, text)
    assert got and not any(content.startswith("fair director") for content in got)


def test_a_name_reported_after_said_with_no_quote_before_stays_content(engine):
    got = _found(engine, "The mayor said Odile Brannock, who runs the fair, had resigned.")
    assert "Odile Brannock, who runs the fair, had resigned" in got


@pytest.mark.parametrize("text", [
    "He said they did not return his calls.",
    "She said he could not comment on the case.",
])
def test_a_silence_reported_of_another_stays_nested(engine, text):
    analysis = engine.analyze(text)
    assert [a.stance for a in analysis.attributions if a.cue and a.cue.text == "said"] == ["assert"]
