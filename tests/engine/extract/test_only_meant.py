"""A saying that is only hoped, planned or tried for ("hope to repeat the survey", "plans to
announce the figures", "tried to joke about it") has said nothing yet; a notice's formula "wishes
to inform the public that …" says it, and a refusal stays a non-response."""
import pytest


def _statements(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "The volunteers hope to repeat the bird count every spring until 2031.",
    "The council plans to announce the winning design at the end of the month.",
    "The harbourmaster wants to tell skippers that the channel is safe again.",
    "The players tried to joke about their long bus journey.",
])
def test_a_saying_only_meant_is_no_statement(engine, text):
    assert _statements(engine, text) == []


def test_a_notice_that_wishes_to_inform_says_it(engine):
    text = "The water board wishes to inform residents that supply will resume on Friday."
    assert _statements(engine, text) == ["that supply will resume on Friday"]


def test_what_someone_liked_to_say_was_said(engine):
    text = "In interviews the painter liked to say that he learned to draw on the wet sand of the lagoon."
    assert _statements(engine, text) == ["that he learned to draw on the wet sand of the lagoon"]


@pytest.mark.parametrize("text", [
    # every form of "hope" is "hop" to the model's lemmatizer
    "Rosa Maite Chissano hopes to repeat the study every two years.",
    "The district nurse hoped to announce the new clinic hours before Easter.",
])
def test_a_saying_hoped_for_in_any_form_is_no_statement(engine, text):
    assert _statements(engine, text) == []


@pytest.mark.parametrize("text", [
    "The ferry cancellation came as a blow, dashing hopes that the crossing could reopen before the frost.",
    "The weaver has no fear that the old patterns will be forgotten.",
    'Coach Mina Park wants her players to stay calm. She has banned the word "title" from the dressing room.',
])
def test_a_wish_or_a_fear_is_no_statement(engine, text):
    said = [a for a in engine.analyze(text).attributions if a.statement]
    assert not any(a.cue is not None and a.cue.text.lower().split()[-1] in ("hopes", "fear", "wants")
                   for a in said)


def test_a_plan_named_by_someone_is_no_infinitive_hoped_for(engine):
    text = ('The mayor proposed a new levy, a plan her budget director called "the least painful of several '
            'painful options."')
    assert "the least painful of several painful options" in " ".join(_statements(engine, text))
