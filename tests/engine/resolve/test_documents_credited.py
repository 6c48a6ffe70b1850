"""A document is credited as a reader credits it: to its author, else its outlet; a study is the study
by its author or in its journal (the journal printed what the study found); it stays a document, its
own words (less when it came out) its description."""
import pytest

from sourcetrace import analyze


def _document(text: str, words: str):
    r = analyze(text)
    a = min((a for a in r.attributions if words in a.content.text), key=lambda a: len(a.content.text))
    return r.source(a.source_id)


def test_figures_by_a_body_called_by_a_word_are_the_body_s_in_full():
    text = ("The Lindqvist Harbour Authority said it was watching the dispute. According to figures released by "
            "the authority last month, the harbour handled 900,000 containers last year.")
    source = _document(text, "900,000 containers")
    assert (source.kind, source.name) == ("document", "Lindqvist Harbour Authority")
    assert source.description == "figures released by the authority"


@pytest.mark.parametrize("phrase, name, description", [
    ("a report in the Carrow Gazette last week", "Carrow Gazette", "report in the Carrow Gazette"),
    ("a study published on Tuesday in the journal Wetland Birds", "study in Wetland Birds",
     "study published in the journal Wetland Birds"),
    ("a report by the county's roads department", "report by county's roads department",
     "report by the county's roads department"),
    # crediting no one, its noun alone says nothing: a reader cites it by when it came out (sets p, r)
    ("a study published on Tuesday", "study published on Tuesday", "study"),
    ("estimates published by the league", "league", "estimates published by the league"),
    ("a notice posted by the Orrin Harbour Board", "notice by Orrin Harbour Board", "notice posted by the Orrin Harbour Board"),
])
def test_a_document_names_its_author_or_outlet_and_drops_its_dates(phrase, name, description):
    source = _document(f"Reed beds are shrinking by a tenth each decade, according to {phrase}.", "Reed beds")
    assert (source.kind, source.name, source.description) == ("document", name, description)


# who obtained a document did not write it: test_document_names.py, "Records obtained by the Mercer Sentinel"


def test_a_word_for_an_outlet_is_the_one_outlet_named():
    text = ("Naps sharpen memory, according to a study published in the Marrow Journal of Sleep. "
            "The work was funded by a charity, the journal said.")
    assert _document(text, "funded by a charity").name == "Marrow Journal of Sleep"


HEADLINE = "Urban owls raise more chicks near parks, study finds\n\n"


def test_a_headline_s_bare_document_word_is_the_one_document_credited():
    text = HEADLINE + ("Owls nesting in cities raise more chicks near parks, according to a study published on "
                       "Wednesday in the journal Owl Ecology Letters.")
    assert _document(text, "Urban owls").name == "study in Owl Ecology Letters"


def test_a_headline_s_bare_document_word_with_two_documents_credited_is_left_alone():
    text = HEADLINE + ("Owls nesting in cities raise more chicks near parks, according to a study published in "
                       "the journal Owl Ecology Letters. Owls in villages do worse, according to a study in the "
                       "journal Raptor Notes.")
    assert _document(text, "Urban owls").name == "study"


def test_a_study_crediting_no_one_is_the_study_of_the_researchers_next_named():
    text = ("Gulls have learned to open lunch boxes, according to a study published on Friday.\n\n"
            "Researchers from the University of Tarrow Bay filmed 400 attempts over two summers.")
    source = _document(text, "Gulls have learned")
    assert (source.name, source.description) == ("University of Tarrow Bay study", "study")


def test_researchers_at_two_places_credit_no_one():
    text = ("Gulls have learned to open lunch boxes, according to a study published on Friday.\n\n"
            "Researchers from the University of Tarrow Bay and researchers at Orrin College filmed 400 attempts.")
    assert _document(text, "Gulls have learned").name == "study published on Friday"


def test_the_outlet_of_the_first_mention_comes_before_the_researchers():
    text = ("Gulls have learned to open lunch boxes, according to a study published in the journal Shore Birds.\n\n"
            "Researchers from the University of Tarrow Bay filmed 400 attempts over two summers.")
    assert _document(text, "Gulls have learned").name == "study in Shore Birds"


def test_the_paper_is_cited_as_the_paper():
    # readers (and the golds) cite "the paper says" as the paper, not as the study it reports
    text = ("Gulls have learned to open lunch boxes, according to a study published in the journal Shore Birds. "
            "The birds may simply be hungrier, the paper says.")
    assert _document(text, "simply be hungrier").name == "paper"


def test_a_headline_study_takes_the_outlet_not_the_researchers_next_to_it():
    text = ("Short walks may ease back pain, study finds\n\n"
            "A ten-minute walk may ease back pain in people over 50, according to a study published on Monday "
            "in the Marrow Journal of Spine Care.\n\n"
            "Researchers at the University of Tessel followed 300 volunteers for six months. Those who walked "
            "daily reported less pain, the study found.")
    assert _document(text, "Short walks").name == "study in Marrow Journal of Spine Care"


def test_a_statement_signed_by_a_relative_named_beside_him():
    text = ("The singer died on Sunday after a short illness, according to a statement signed by his "
            "eldest son, Mr. Kwesi Mensah Boakye, on behalf of the family. \"He lived for music,\" the "
            "statement said.")
    assert "Kwesi Mensah Boakye" in _document(text, "He lived for music").name


def test_where_a_documents_maker_is_based_is_no_part_of_its_name():
    source = _document("A note from Lagos-based Okavango Capital warned that rents could fall by a tenth.",
                       "rents could fall")
    assert source.name == "Okavango Capital"
