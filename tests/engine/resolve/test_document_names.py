"""An unnamed document is known by what the text says of its making: by whom, for whom, where."""
import pytest

from sourcetrace import analyze


@pytest.mark.parametrize("phrase, name, description", [
    # a reader credits the author, else the outlet; the document's words, less when, describe it
    ("a study published last week in the journal Marsh Ecology", "study in Marsh Ecology",
     "study published in the journal Marsh Ecology"),
    ("a consensus compiled by Tallyfield", "Tallyfield", "consensus compiled by Tallyfield"),
    ("a survey carried out for the trust", "survey carried out for the trust", "survey carried out for the trust"),
])
def test_a_document_is_credited_to_who_made_it_or_where_it_came_out(phrase, name, description):
    r = analyze(f"Reed beds are shrinking by a tenth each decade, according to {phrase}.")
    (a,) = r.attributions
    source = r.source(a.source_id)
    assert source.kind == "document" and source.name == name and source.description == description


def test_a_document_drops_a_relative_clause():
    r = analyze("A survey carried out for the trust, which was paid for by the council, found that reed beds shrank.")
    (a,) = r.attributions
    assert r.source(a.source_id).name == "survey carried out for the trust"


def test_a_description_drops_an_aside_on_the_body_it_names():
    r = analyze("A director of Brookmead Care Ltd, the owner, said in a statement that no report had been received.")
    (a,) = r.attributions
    assert r.source(a.source_id).name == "director of Brookmead Care Ltd"


def test_a_paper_is_named_without_how_often_it_comes_out():
    r = analyze("The weekly Carranmore Ledger reported last Friday that the contract had been awarded early.")
    (a,) = r.attributions
    source = r.source(a.source_id)
    assert source.kind == "media" and source.name == "Carranmore Ledger"


def test_a_document_word_opening_a_sentence_is_no_name():
    r = analyze("Records obtained by the Mercer Sentinel show that the bid was the highest of four.")
    (a,) = r.attributions
    source = r.source(a.source_id)
    assert source.kind == "document" and source.name == "Records obtained by the Mercer Sentinel"


def test_a_role_for_a_body_named_beside_it_is_called_by_that_name():
    r = analyze("A spokesman for the ship's insurer, Northfleet P&I, did not have an immediate response to questions.")
    (a,) = r.attributions
    assert r.source(a.source_id).name == "spokesman for Northfleet P&I"
