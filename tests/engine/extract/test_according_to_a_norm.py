""""According to" a bare norm or plan is a manner ("buried according to Islamic rites"), not a
source; a named plan or document, or a person or body, is one."""
import pytest


def _contents(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "He was buried on Friday according to Islamic rites.",
    "The couple married in March according to local custom.",
    "The first stage went according to plan.",
])
def test_a_norm_kept_to_is_no_source(engine, text):
    assert _contents(engine, text) == []


@pytest.mark.parametrize("text, content", [
    ("According to the plan filed with the council, the tower will rise 40 storeys.", "the tower will rise 40 storeys"),
    ("According to police, the driver fled on foot.", "the driver fled on foot"),
])
def test_a_document_or_body_is_a_source(engine, text, content):
    assert content in _contents(engine, text)
