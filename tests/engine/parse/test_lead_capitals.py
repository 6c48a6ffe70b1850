"""A paragraph opened in capitals, as British regional papers open a story ("MARGARET Quinlan is
pouring tea"), is parsed as written in small letters where the capitals spell a word or a given
name, in the paragraph that opens the story; a body's letters ("NHS", "RCMP") stay as they are."""
from sourcetrace import analyze
from sourcetrace.engine.parse.lead_capitals import lead_capitals
from sourcetrace.engine.parse.window import parse_copy

LEAD = ("Bus pioneer honoured\n\n"
        "MARGARET Quinlan is pouring tea in the kitchen of her cottage at Glenbrae when the phone rings.\n\n"
        "Her son, Declan Quinlan, who now chairs the trust that runs the bus, says she is stubborn.\n\n"
        "Mrs Quinlan remembers it otherwise. \"Somebody had to drive it,\" she says.")


def test_words_and_names_in_capitals_opening_a_paragraph_are_written_as_words():
    english = {"plan", "rogue", "officers", "rcmp"}.__contains__
    assert lead_capitals("Plan dropped\n\nA ROGUE PLAN to close it was dropped.", english, lambda w: False) \
        == [(16, "rogue"), (22, "plan")]
    assert lead_capitals("RCMP charge two\n\nRCMP officers said so.", english, lambda w: False) == []
    assert parse_copy(LEAD).startswith("Bus pioneer honoured\n\nMargaret Quinlan is")
    assert len(parse_copy(LEAD)) == len(LEAD)


def test_the_woman_opening_the_story_in_capitals_is_the_one_her_title_names():
    analysis = analyze(LEAD)
    said = next(a for a in analysis.attributions if "had to drive it" in a.content.text)
    assert analysis.source(said.source_id).name == "Margaret Quinlan"
