"""What a non-response leaves unanswered, without when or how the silence happened."""
import pytest


@pytest.mark.parametrize("text, content", [
    ("Halloran declined to speak to reporters as he left the tribunal.", "to reporters"),
    ("The landlord, Brightstow Homes, did not return calls on Wednesday.\n\nTenants gathered outside.", "calls"),
    ("Minter did not respond to emails or a letter on Monday.", "to emails or a letter"),
    ("The council declined to comment on whether it would appeal.", "on whether it would appeal"),
])
def test_the_content_is_what_went_unanswered(engine, text, content):
    found = [a for a in engine.analyze(text).attributions if a.stance == "no_response"]
    assert [a.content.text for a in found] == [content]


@pytest.mark.parametrize("text, silent", [
    ("The surveyor said drilling would start in May. He warned that the first samples would not be available "
     "until the autumn.", False),
    ("Sales data for the second quarter were not available on Friday.", False),
    ("The harbour master was not available for comment on Friday.", True),
    ("The family was not immediately available.", True),
    ("Brockwell Dairies was not available to comment.", True),
])
def test_only_someone_asked_can_be_unavailable(engine, text, silent):
    found = [a for a in engine.analyze(text).attributions if a.stance == "no_response"]
    assert bool(found) is silent


@pytest.mark.parametrize("text", [
    "The founder died in 2019 and never gave an interview about the sale.",
    "Her grandfather passed away in 1990 and never answered the council's letters.",
    "The late Mr Corrie never responded to the claim.",
])
def test_the_dead_do_not_decline_to_answer(engine, text):
    assert [a for a in engine.analyze(text).attributions if a.stance == "no_response"] == []
