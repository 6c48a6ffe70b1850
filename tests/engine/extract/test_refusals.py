"""A refusal to speak is a non-response: "would not discuss", "I'm not going to talk about it".
A speaker's own words inside their quote give the quote its stance and are no second find;
negated or impossible speech (a habit, a past silence, a "you") is no non-response."""
import pytest


def _finds(engine, text):
    return [(a.cue.text if a.cue else None, a.stance, a.content.text) for a in engine.analyze(text).attributions]


@pytest.mark.parametrize("text", [
    "The trust said it would not discuss staffing matters.",
    "The coach said he was not going to talk about the transfer.",
    "A spokeswoman for the airline would not speculate on the cause of the delay.",
    "The striker won't talk about his contract.",
])
def test_a_refusal_to_speak_is_a_non_response(engine, text):
    assert [stance for _, stance, _ in _finds(engine, text)] == ["no_response"]


@pytest.mark.parametrize("text", [
    "The audit does not discuss the pension fund.",
    "The envoy will not talk to the rebels until the shelling stops.",
    "You won't talk your way out of a parking fine in this town.",
    "He didn't talk about the war for forty years.",
])
def test_no_refusal_is_no_non_response(engine, text):
    assert "no_response" not in [stance for _, stance, _ in _finds(engine, text)]


def test_a_refusal_opening_the_speakers_quote_makes_the_quote_a_non_response(engine):
    finds = _finds(engine, '"I\'m not going to talk about the transfer. I\'m happy here," Okafor said.')
    assert [(cue, stance) for cue, stance, _ in finds] == [("said", "no_response")]


def test_a_denial_in_the_speakers_own_words_makes_the_quote_a_denial(engine):
    text = '"The audit was done properly," the treasurer said. "We firmly reject any suggestion of a cover-up."'
    finds = _finds(engine, text)
    assert [(cue, stance) for cue, stance, _ in finds] == [("said", "deny")]


def test_a_habit_of_silence_in_the_speakers_own_quote_is_only_her_words(engine):
    finds = _finds(engine, '"I don\'t answer critics. The record speaks for itself," Ms Lund said.')
    assert [(cue, stance) for cue, stance, _ in finds] == [("said", "assert")]


def test_her_own_silence_said_in_passing_is_part_of_her_statement(engine):
    text = ("Ms Reyes said in a statement that the board would weigh any offer on its merits and that she would "
            "not comment on individual talks.")
    assert [stance for _, stance, _ in _finds(engine, text)] == ["assert"]


def test_a_spokespersons_policy_of_silence_for_their_body_is_their_non_response(engine):
    text = 'A spokeswoman for the regulator said the agency "does not comment on individual complaints."'
    assert [stance for _, stance, _ in _finds(engine, text)] == ["no_response"]


def test_another_bodys_past_silence_reported_by_a_spokesperson_stays_their_statement(engine):
    text = "A spokesman for the union said the company did not respond to its letters."
    finds = _finds(engine, text)
    assert ("said", "assert") in [(cue, stance) for cue, stance, _ in finds]


def test_a_silence_after_what_was_said_is_a_find_of_its_own(engine):
    text = "Larchfield Homes said it had 'no current plans' for the meadow but would not comment further."
    stances = [stance for _, stance, _ in _finds(engine, text)]
    assert "no_response" in stances and len(stances) == 2


@pytest.mark.parametrize("text", [
    '"I can tell you that no contract has been signed," the chairman said.',
    '"I told them to stop worrying about the roof," the warden said.',
    '"We asked why the bus was late, and nobody knew," the parents said.',
])
def test_the_speakers_own_saying_inside_their_quote_is_no_second_find(engine, text):
    assert len(_finds(engine, text)) == 1


@pytest.mark.parametrize("text", [
    "You won't get a better deal anywhere else.",
    "The sailor, who died in March, could not be contacted.",
    "Mr Pell doesn't get on with his brother-in-law.",
])
def test_hard_negatives_are_no_non_response(engine, text):
    assert "no_response" not in [stance for _, stance, _ in _finds(engine, text)]


@pytest.mark.parametrize("text", [
    "The chairman declined to be interviewed.",
    "The ministry did not have an immediate response to questions.",
    "Mr Dunne could not be reached on Friday.",
])
def test_the_usual_non_responses_stay_found(engine, text):
    assert [stance for _, stance, _ in _finds(engine, text)] == ["no_response"]


@pytest.mark.parametrize("text", [
    "Ines said her brother had refused to speak to her for a month after the wedding.",
    "The goalkeeper said his father had refused to talk about the final for years.",
    "Mr Adu said his neighbour declined to comment when reporters knocked.",
])
def test_a_relatives_or_neighbours_silence_told_by_the_speaker_is_the_speakers_statement(engine, text):
    assert [stance for _, stance, _ in _finds(engine, text)][:1] == ["assert"]


def test_her_office_declining_to_comment_is_still_her_own_silence(engine):
    text = "The senator said her office would not comment on the leaked memo."
    assert [stance for _, stance, _ in _finds(engine, text)] == ["no_response"]


@pytest.mark.parametrize("text", [
    "Her brother refused to speak to her for a month after the wedding.",
    "The two ministers declined to talk with each other at the summit dinner.",
])
def test_refusing_to_speak_to_someone_not_the_press_is_no_non_response(engine, text):
    assert "no_response" not in [stance for _, stance, _ in _finds(engine, text)]


@pytest.mark.parametrize("text", [
    "The club's owner refused to speak to reporters after the match.",
    "The minister declined to talk about the leaked memo.",
])
def test_refusing_to_speak_to_the_press_or_about_a_matter_stays_a_non_response(engine, text):
    assert [stance for _, stance, _ in _finds(engine, text)] == ["no_response"]
