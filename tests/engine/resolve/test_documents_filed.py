""""The suit, brought by Brightwater Records, claims …": a document put to a court by someone is
theirs; the court it was filed in published nothing. Sentences written for the test."""
from sourcetrace import analyze


def _source(text: str, words: str):
    r = analyze(text)
    return next(r.source(a.source_id) for a in r.attributions if words in a.content.text)


def test_a_suit_brought_by_a_label_is_the_label_s():
    text = ("Singer Marisol Vane walked out on her contract last year.\n\n"
            "The suit, brought by Brightwater Records, claims Vane owes the label at least $4 million.\n")
    source = _source(text, "owes the label")
    assert source.kind == "document"
    assert source.name == "Brightwater Records"


def test_a_complaint_filed_by_tenants_is_theirs():
    text = "A complaint filed by the Harrow Lane Tenants Association says the landlord ignored repairs.\n"
    assert _source(text, "ignored repairs").name == "Harrow Lane Tenants Association"


def test_the_court_a_lawsuit_was_filed_in_is_not_its_author():
    text = ("The singer walked out on a four-album contract, according to a lawsuit filed Monday in "
            "Los Angeles Superior Court.\n")
    source = _source(text, "walked out")
    assert source.kind == "document"
    assert source.name != "Los Angeles Superior Court"


def test_a_report_in_a_paper_names_the_paper():
    text = "Owls in towns live longer, according to a report published on Tuesday in the Carrow Gazette.\n"
    assert _source(text, "Owls in towns").name == "Carrow Gazette"
