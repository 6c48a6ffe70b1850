""""Advised" reports what was said like "told": "the supplier advised council that 2,300 homes were
without power", "engineers have advised that the line can stay open"; a passive "are advised to"
addressed to readers reports nobody."""
import pytest


def _statements(engine, text):
    return [(a.content.text, a.stance) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text, content", [
    ("The power company advised the council that about 2,300 homes were still without power.",
     "that about 2,300 homes were still without power"),
    ("The society's engineers have advised that the line north of the bridge can stay open.",
     "that the line north of the bridge can stay open"),
])
def test_what_was_advised_is_a_statement(engine, text, content):
    assert (content, "assert") in _statements(engine, text)


def test_readers_advised_to_act_is_no_statement(engine):
    assert _statements(engine, "Passengers are advised to check the timetable before travelling.") == []
