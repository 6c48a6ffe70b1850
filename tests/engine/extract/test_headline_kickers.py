"""A label before a colon that names the kind of story or part ("Q&A: …", "Analysis: …", a fact
check's "THE CLAIM: …") or a phrase with a place in it is no speaker; a name or a document before
it is ("Okafor: …", "Poll: …")."""
import pytest

from sourcetrace import analyze


def _colon_finds(engine, text):
    analysis = engine.analyze(text)
    return [(analysis.source(a.source_id).name if a.source_id else None, a.content.text)
            for a in analysis.attributions if a.cue is not None and a.cue.text == ":"]


@pytest.mark.parametrize("headline", [
    "Q&A: The last lighthouse keeper on Skerrin Island",
    "Analysis: Why the bridge vote matters",
])
def test_a_kind_of_story_is_no_speaker(engine, headline):
    assert _colon_finds(engine, headline + "\n\nOwen Madoc kept the light for 31 years.") == []


@pytest.mark.parametrize("headline, speaker", [
    ("Okafor: We will win the league", "Okafor"),
    ("Poll: Most voters back the bridge", "Poll"),
])
def test_a_name_or_a_document_before_the_colon_speaks(engine, headline, speaker):
    finds = _colon_finds(engine, headline + "\n\nThe story goes on here.")
    assert [who for who, _ in finds] == [speaker]


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


def test_a_headline_label_with_a_year_is_a_topic_not_a_speaker(engine):
    text = ("Budget 2025-26: Rs 9.8tr plan unveiled amid opposition walkout\n\n"
            "ISLAMABAD: Finance Minister Ahmed Qureshi on Friday presented the budget to the National Assembly.\n")
    named = engine.analyze("Qureshi: Budget will \"protect the poor\"\n\nThe minister spoke on Friday.\n")
    assert not any(a.cue is not None and a.cue.text == ":" for a in engine.analyze(text).attributions)
    assert any(a.cue is not None and a.cue.text == ":" for a in named.attributions)
