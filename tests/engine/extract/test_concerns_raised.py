"""A worry put forward about something is a warning: "workers raised concerns about the tank",
"parents voiced fears over the bus times" (also inside another's report); not when a thing gave
cause ("the plan raised concerns about cost") or none was raised."""
import pytest


def _found(engine, text):
    analysis = engine.analyze(text)
    return [(a.content.text, a.stance, analysis.source(a.source_id).name if a.source_id else None)
            for a in analysis.attributions if a.statement]


@pytest.mark.parametrize("text, content, speaker", [
    ("The teachers' union has raised concerns about overtime pay.", "concerns about overtime pay", "teachers' union"),
    ("Parents voiced fears over the new bus times.", "fears over the new bus times", "Parents"),
    ("A former engineer told the paper that drivers had raised concerns about the brakes.",
     "concerns about the brakes", "drivers"),
])
def test_a_concern_raised_is_a_warning(engine, text, content, speaker):
    assert any(c == content and s == "warn" and speaker in (who or "") for c, s, who in _found(engine, text))


@pytest.mark.parametrize("text", [
    "The plan raised concerns about cost.",
    "She did not raise concerns about the tank.",
])
def test_no_one_raising_a_concern_is_no_warning(engine, text):
    assert not any(s == "warn" for _, s, _ in _found(engine, text))
