"""A body whose name opens on a word papers are named by ("Independent", "Post") but is headed by a
word for a body ("Office") is a body, named without its letters in brackets; a paper stays a paper.
Sentences written for the test."""
from said_by import speaker_of
from sourcetrace import analyze


def _source(text: str, words: str):
    r = analyze(text)
    return next(r.source(a.source_id) for a in r.attributions if words in a.content.text)


def test_an_office_named_independent_is_a_body_without_its_letters():
    text = ("The Independent Office for Public Appointments (IOPA) confirmed it had received a complaint "
            "about the contract.\n")
    source = _source(text, "received a complaint")
    assert source.name == "Independent Office for Public Appointments"
    assert source.kind == "organization"


def test_the_post_office_is_a_body():
    source = _source("The Post Office said rural branches would stay open until March.\n", "rural branches")
    assert source.kind == "organization"


def test_a_paper_called_independent_stays_a_paper_without_its_letters():
    text = "The Carranmore Independent (CI) reported that the harbour master had resigned.\n"
    source = _source(text, "harbour master")
    assert source.name == "Carranmore Independent"
    assert source.kind == "media"
    assert speaker_of(text, "harbour master") == "Carranmore Independent"


def test_a_body_s_short_form_in_brackets_is_described_without_them():
    text = ("Outdoor work will be banned at midday from June, the Ministry of Labour and Workforce Affairs "
            "(MLWA) said in a statement.\n")
    source = _source(text, "Outdoor work")
    assert source.name == "Ministry of Labour and Workforce Affairs"
    assert source.description == "MLWA"
