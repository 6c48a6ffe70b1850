"""An unnamed document is known by what the text says of its making: by whom, for whom, where."""
import pytest

from sourcetrace import analyze


@pytest.mark.parametrize("phrase, name", [
    ("a study published last week in the journal Marsh Ecology", "study published last week in the journal Marsh Ecology"),
    ("a consensus compiled by Tallyfield", "consensus compiled by Tallyfield"),
    ("a survey carried out for the trust", "survey carried out for the trust"),
])
def test_a_document_keeps_who_made_it_and_where(phrase, name):
    r = analyze(f"Reed beds are shrinking by a tenth each decade, according to {phrase}.")
    (a,) = r.attributions
    source = r.source(a.source_id)
    assert source.kind == "document" and source.name == name


def test_a_document_drops_a_relative_clause():
    r = analyze("A survey carried out for the trust, which was paid for by the council, found that reed beds shrank.")
    (a,) = r.attributions
    assert r.source(a.source_id).name == "survey carried out for the trust"
