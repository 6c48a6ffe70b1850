"""A headline's "Label: …" names a speaker only when the label is a name, not the kind of piece
("Review:", "Q&A:") or a phrase with a place in it."""
import pytest

from sourcetrace import analyze


@pytest.mark.parametrize("headline", [
    "Q&A: A tenant organiser on why rent control keeps coming back",
    "Review: The Glass Orchard at the Quay Theatre is a saga that never lands",
    "From Kerala to the Prairies: the nurses keeping a rural hospital open",
    "Live updates: Storm batters the coast",
])
def test_kickers_and_phrases_are_no_speakers(headline):
    assert analyze(headline + "\n\nThe story begins here.").attributions == []


@pytest.mark.parametrize("headline, speaker", [
    ("Oxfam: Hunger rising in the Sahel", "Oxfam"),
    ("Pentagon: Troops will stay until May", "Pentagon"),
])
def test_a_named_label_still_speaks(headline, speaker):
    r = analyze(headline + "\n\nThe story begins here.")
    assert [r.source(a.source_id).name for a in r.attributions] == [speaker]


def test_a_fact_checks_labels_take_no_turns():
    text = ("Fact check: did crime double?\n\n"
            "THE CLAIM: Violent crime in Harbury has doubled since the council took office.\n\n"
            "OUR VERDICT: Misleading. Recorded offences rose by a fifth.\n")
    assert [a for a in analyze(text).attributions if a.cue is not None and a.cue.text == ":"] == []
