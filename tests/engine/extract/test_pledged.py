""""The Board had promised in July to review the risk allowance", "vowed to appeal": what a speaker
undertook to do is their statement, found inside another's report too; a pledge never made is none."""
import pytest


def _pledges(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions
            if a.statement and a.cue is not None and a.cue.text.split()[-1] in ("promised", "vowed", "pledged")]


@pytest.mark.parametrize("text, content", [
    ("Mrs Moyo said the Board had promised in July to review the risk allowance but had gone silent.",
     "to review the risk allowance"),
    ("The mayor vowed to appeal.", "to appeal"),
    ("Bell said the research was mixed and promised to bring a summary to the next meeting.",
     "to bring a summary to the next meeting"),
])
def test_an_undertaking_is_a_statement(engine, text, content):
    assert content in _pledges(engine, text)


def test_a_pledge_never_made_is_none(engine):
    assert _pledges(engine, "The mayor never promised to cut taxes.") == []
