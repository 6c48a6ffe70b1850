"""A label before a headline's colon that names the kind of story ("Q&A: …", "Analysis: …") is no
speaker; a name or a document before it is ("Okafor: …", "Poll: …")."""
import pytest

from sourcetrace.engine.engine import Engine


@pytest.fixture(scope="module")
def engine():
    return Engine(profile="fast")


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
