"""Every attribution shown is a real statement: feelings, wants and acts are marked as no
statement; honours, reader instructions, titles, the speaker's own "I think" inside a quote and
non-answers that withhold nothing are no attribution at all."""
import pytest


def _by_cue(engine, text):
    analysis = engine.analyze(text)
    return {(a.cue.text if a.cue else None): a for a in analysis.attributions}


@pytest.mark.parametrize("text, cue", [
    ("Supporters of the club were overjoyed that the ground would be rebuilt.", "were overjoyed"),
    ("The farmer refused to sell his orchard to the council, according to the deeds.", "refused"),
])
def test_feelings_and_acts_are_kept_but_marked_as_no_statement(engine, text, cue):
    found = _by_cue(engine, text)
    assert cue in found and found[cue].statement is False


@pytest.mark.parametrize("text, cue", [
    ("The farmer refused to sell his orchard to the council, according to the deeds.", "according to"),
    ("Engineers said the tunnel would open in spring.", "said"),
    ("The mayor promised new cycle lanes.", "promised"),
    ("Officials believe the fire was set deliberately.", "believe"),
    ("Council figures showed a sharp rise in evictions.", "showed"),
    ("The bakery chain reported a loss of $4 million.", "reported"),
])
def test_saying_and_opinion_cues_are_statements(engine, text, cue):
    assert _by_cue(engine, text)[cue].statement is True


@pytest.mark.parametrize("text", [
    "Dana Whitlow was named best supporting actor at the awards on Sunday.",
    "Parents who are worried should call the school office at 555-0188.",
    "For more information, contact the county clerk at 555-0199.",
    "Those wishing to send condolences can write to the parish office.",
    "Shareholders can find the full results at the company's website.",
    "Anyone with information about the burglaries is asked to call the tip line at 555-0187.",
    "Residents are urged to report any sightings to the council.",
    "Her debut album \"Paper Lanterns\" went to number one in March.",
    "The director's documentary, \"Rivers of Glass,\" opens on Friday.",
    "Locals say the ferryman doesn't get on with his brother.",
    "The paper, \"Inherited heat tolerance in reef corals\", is the first to follow the same colonies.",
    "The new late-night routes will be branded \"Night Heron,\" after the old service.",
])
def test_honours_instructions_titles_and_idioms_are_no_attribution(engine, text):
    analysis = engine.analyze(text)
    shown = [(a.cue.text if a.cue else None, a.content.text) for a in analysis.attributions
             if a.stance == "no_response" or a.cue is None or a.cue.text not in ("say", "said")]
    assert shown == [], shown


def test_a_quote_set_off_after_a_word_for_a_work_that_says_something_is_still_said(engine):
    found = _by_cue(engine, "In her reply, \"We will not pay for a survey we never asked for\", the mayor was blunt.")
    assert any("We will not pay" in a.content.text for a in found.values())


def test_the_speaker_s_own_thought_inside_a_quote_is_no_second_attribution(engine):
    found = _by_cue(engine, "\"I don't think the bridge will be ready, and we know the cost,\" said the engineer, "
                            "Paulo Mendes.")
    assert set(found) == {"said"} and found["said"].type == "direct"


def test_someone_who_had_died_was_not_asked(engine):
    analysis = engine.analyze("Neighbours said the fisherman, who died in April, could not be contacted before "
                              "the inquiry began.")
    assert [a.stance for a in analysis.attributions] == ["assert"]


@pytest.mark.parametrize("text, cue", [
    ("The airline declined to be interviewed for this article.", "declined to be interviewed"),
    ("The agency did not have an immediate response to questions on Monday.", "did not have an immediate response"),
    ("Her lawyer gave no answer about the payments.", "gave no answer"),
    ("The landlord did not return calls seeking comment.", "did not return"),
])
def test_real_non_responses_are_found(engine, text, cue):
    found = _by_cue(engine, text)
    assert cue in found and found[cue].stance == "no_response" and found[cue].statement is True


@pytest.mark.parametrize("text", [
    "The hamlet could not be reached by road after the landslide.",
    "The county failed to address the potholes for a decade.",
    "The ministry failed to respond to the outbreak in time.",
    "She did not return to the choir after the tour.",
])
def test_places_cut_off_and_failures_to_act_are_no_non_response(engine, text):
    assert [a.stance for a in engine.analyze(text).attributions if a.stance == "no_response"] == []


def test_a_failure_to_answer_a_request_is_a_non_response(engine):
    found = _by_cue(engine, "The builder failed to respond to repeated requests for comment.")
    assert [a.stance for a in found.values()] == ["no_response"]


@pytest.mark.parametrize("text", [
    "Money for the second clinic has not yet been confirmed, the report said.",
    "Dale Rourke, 51, was dismissed by the county ambulance service in 2022 after a complaint.",
])
def test_a_thing_unconfirmed_and_a_person_sacked_are_no_non_response_or_denial(engine, text):
    assert [a.stance for a in engine.analyze(text).attributions if a.stance in ("no_response", "deny")] == []


def test_pointing_out_is_saying(engine):
    found = _by_cue(engine, "The auditor pointed out that the fund had been overdrawn twice.")
    assert found["pointed out"].statement is True


@pytest.mark.parametrize("text", [
    "His refugee claim was rejected in 2019.",
    "The insurer denied her insurance claim in March.",
    "The insurer denied her claim for flood damage.",
    "The ministry rejected his claim for a refund of the fee.",
])
def test_a_claim_for_something_turned_down_is_no_denial(engine, text):
    assert all(a.stance != "deny" for a in engine.analyze(text).attributions)


def test_a_claim_said_to_be_true_and_denied_stays_a_denial(engine):
    assert [a.stance for a in engine.analyze("The company denied the claims of a cover-up.").attributions] == ["deny"]


@pytest.mark.parametrize("text", [
    "Marjorie rarely spoke about those years in public.",
    "He never talked about the war.",
    "The authors were careful not to claim the foxes were tame.",
    "Funding for the bridge has not been confirmed.",
])
def test_speech_that_did_not_happen_is_no_statement(engine, text):
    assert [a for a in engine.analyze(text).attributions if a.statement] == []


@pytest.mark.parametrize("text, stance", [
    ("He never denied taking the money.", "assert"),
    ("The mayor has not said how much the bridge will cost.", "no_response"),
])
def test_negated_speech_that_still_tells_something_stays(engine, text, stance):
    assert [a.stance for a in engine.analyze(text).attributions] == [stance]


def test_declaring_an_emergency_is_an_act_declaring_that_is_speech(engine):
    acts = engine.analyze("Gov. Ana Ruiz declared a state of emergency late Tuesday.").attributions
    said = engine.analyze("The mayor declared that the city was open for business.").attributions
    assert [a.statement for a in acts] == [False] and [a.statement for a in said] == [True]


@pytest.mark.parametrize("text, stances", [
    ("Warehouse picker unfairly dismissed over timed toilet breaks\n\nThe tribunal sat in May.", []),
    ("The council said the contractor was not available until the autumn.", ["assert"]),
    ("The mayor was not available for comment.", ["no_response"]),
])
def test_a_sacking_and_a_timetable_are_no_denial_and_no_silence(engine, text, stances):
    assert [a.stance for a in engine.analyze(text).attributions if a.statement] == stances
