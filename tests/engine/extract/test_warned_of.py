"""A warning may name its danger with "of" or "against" ("warned of a storm surge of up to 11 feet",
"cautioned against overselling one study"), also as the speaker's second report; the one warned in
the passive is no warner."""
import pytest


def _found(engine, text):
    analysis = engine.analyze(text)
    return [(a.content.text, a.stance, analysis.source(a.source_id).name if a.source_id else None)
            for a in analysis.attributions if a.statement]


@pytest.mark.parametrize("text, content, speaker", [
    ("The weather service said the storm had winds of 100 mph at landfall and warned of a surge of up to "
     "nine feet along the coast.", "a surge of up to nine feet along the coast", "weather service"),
    ('Dr. Ana Holt told the paper the results were promising but cautioned against "reading too much into '
     'one trial."', "reading too much into one trial", "Ana Holt"),
    ("The brewer Halden Ales reported record sales on Thursday but warned on rising barley prices.",
     "rising barley prices", "Halden Ales"),
    ("The nurses' union warned over staffing in rural clinics after the pay offer.",
     "staffing in rural clinics", "union"),
])
def test_a_danger_warned_of_is_the_warning(engine, text, content, speaker):
    assert any(c.strip('"') == content and s == "warn" and speaker in (who or "") for c, s, who in _found(engine, text))


def test_the_one_warned_is_no_warner(engine):
    found = _found(engine, "She was warned of the risks by her doctor.")
    assert not any(c == "the risks by her doctor" for c, _, _ in found)
