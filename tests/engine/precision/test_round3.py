"""Round 3 against the precision sets: one silence however it is cued, and false finds by class."""
import pytest

from sourcetrace.engine.engine import Engine


@pytest.fixture(scope="module")
def engine():
    return Engine(profile="fast")


def _found(engine, text):
    analysis = engine.analyze(text)
    return {a.content.text: (a.stance, analysis.source(a.source_id).name if a.source_id else None)
            for a in analysis.attributions}


def test_a_body_saying_it_does_not_confirm_or_deny_is_one_non_response(engine):
    got = _found(engine, "The harbour authority said it does not confirm or deny whether it is auditing a tenant.")
    assert list(got.values()) == [("no_response", "harbour authority")]


def test_a_statement_then_a_silence_stays_two(engine):
    got = _found(engine, "The developer said it had no plans for the site but would not comment further.")
    assert got["it had no plans for the site but would not comment further"][0] == "assert"
    assert got["further"][0] == "no_response"
