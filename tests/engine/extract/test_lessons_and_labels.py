"""What an event is said to show ("The case showed how hard intent is to prove") is a lesson drawn,
no one's words, while records and reports that show stay statements; a headline headed by its
country ("Zambia: …") and a caption or transcript label ("PHOTO: …") name no speaker. Sentences
written for the test."""
import pytest


def _statements(engine, text):
    return [(a.cue.text if a.cue else None, a.content.text) for a in engine.analyze(text).attributions
            if a.statement]


@pytest.mark.parametrize("text", [
    "The episode showed how thin the coalition's majority had become.",
    "This agreement shows that small growers can sell to the biggest buyers.",
    "Her acquittal showed that the prosecution had built its case on rumour.",
])
def test_what_an_event_shows_is_no_statement(engine, text):
    assert _statements(engine, text) == []


def test_what_records_and_reports_show_is_still_a_statement(engine):
    assert _statements(engine, "The audit report showed that the fund had lost $2 million.")
    assert _statements(engine, "Council figures show that 40 roads were resurfaced last year.")


def test_a_country_heading_a_headline_is_no_speaker(engine):
    text = ("Zambia: nine fishermen missing after storm on the lake\n\n"
            "Nine fishermen are missing after a storm capsized two boats on the largest lake in Zambia, police "
            "said on Sunday.")
    assert [s for s in _statements(engine, text) if s[0] == ":"] == []


def test_a_caption_and_a_transcript_label_name_no_speaker(engine):
    text = ("Flood waters reach the market\n\nTraders moved their stock to higher ground, the market committee "
            "said on Monday.\n\nPHOTO: A trader carries sacks of maize through the flooded lane. (Staff)\n\n"
            "PHOTO: Water stands knee-deep at the bus park on Monday morning. (Staff)\n\n"
            "TRANSCRIPT: Morning Call - the river and the market\n")
    assert [s for s in _statements(engine, text) if s[0] == ":"] == []
