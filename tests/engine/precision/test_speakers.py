"""Speakers a reader would name: a person's name over the title beside it, a firm named beside a
noun for it, and a reporter named after a sentence-final cue."""
import pytest

from sourcetrace.engine.engine import Engine


@pytest.fixture(scope="module")
def engine():
    return Engine(profile="fast")


def _speakers(engine, text):
    analysis = engine.analyze(text)
    return {a.content.text: (analysis.source(a.source_id).name if a.source_id else None)
            for a in analysis.attributions}


def test_the_name_not_the_title_beside_it_is_the_canonical_name(engine):
    got = _speakers(engine, "Maria Osei, a Registered Nurse at the hospice, said the beds were all taken.")
    assert got == {"the beds were all taken": "Maria Osei"}


def test_a_firm_named_beside_a_noun_for_it_is_the_source(engine):
    got = _speakers(engine, "The tenants lost their appeal. Their landlord, Brackwater Holdings, denied that it "
                            "had ignored the repairs.")
    assert got.get("that it had ignored the repairs") == "Brackwater Holdings"


@pytest.mark.parametrize("text, content, speaker", [
    ("The depot will be sold to a logistics firm, reports TradeWire.", "The depot will be sold to a logistics firm",
     "TradeWire"),
    ("The paper mill will close in June, reported the Courier.", "The paper mill will close in June", "Courier"),
])
def test_a_reporter_named_after_a_sentence_final_cue_is_the_speaker(engine, text, content, speaker):
    assert _speakers(engine, text) == {content: speaker}
