"""A headline's verb of saying in the present with what it says as its object: "Harbour board
confirms £3m dredging fund", "Mayor promises repairs within a month", "… as opposition claims plan
will …". Verbs that as often name an act ("announces three clinics", "urges caution") are left alone."""
import pytest

BODY = "\n\nThe story goes on here with a plain sentence about the weather."


def _headline_finds(engine, headline):
    analysis = engine.analyze(headline + BODY)
    return [(a.cue.text, analysis.source(a.source_id).name if a.source_id else None, a.content.text)
            for a in analysis.attributions if a.statement and a.content.start < len(headline)]


@pytest.mark.parametrize("headline, found", [
    ("Harbour board confirms £3m dredging fund for Kilcreggan pier",
     ("confirms", "Harbour board", "£3m dredging fund for Kilcreggan pier")),
    ("Residents block highway over potholes; mayor promises repairs within a month",
     ("promises", "mayor", "repairs")),
    ("Parking fees approved as opposition claims plan will 'empty the high street'",
     ("claims", "opposition", "plan will 'empty the high street'")),
])
def test_a_headline_reports_its_object(engine, headline, found):
    cue, speaker, words = found
    assert any(c == cue and s == speaker and content.startswith(words)
               for c, s, content in _headline_finds(engine, headline))


@pytest.mark.parametrize("headline", [
    "Coastal Health announces four new clinics in Dunmore County",
    "County urges caution at Lake Orla as algae bloom spreads",
])
def test_an_act_in_a_headline_is_no_report(engine, headline):
    assert _headline_finds(engine, headline) == []
