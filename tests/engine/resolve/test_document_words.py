"""What a reader calls a document: not how it was got, nor a body's acronym in brackets; what
it is and whose stays. Sentences written for the test."""
from sourcetrace import analyze


def _document(text: str):
    analysis = analyze(text)
    return next(s for s in analysis.sources if s.kind == "document")


def test_how_records_were_got_is_no_part_of_them():
    text = ("Emails obtained by The Harlow Courier through an access-to-information request show "
            "that the mayor's office edited the audit.")
    assert _document(text).name.split() == "Emails obtained by The Harlow Courier".split()


def test_where_records_were_found_stays():
    text = ("Emails obtained by The Harlow Courier from the county clerk show that the mayor's office "
            "edited the audit.")
    assert "county clerk" in _document(text).name


def test_an_acronym_in_brackets_is_no_part_of_a_report():
    text = ("According to the Dunmere Fire Service (DFS) yearly report, callouts rose by a third "
            "last year.")
    assert _document(text).name == "Dunmere Fire Service yearly report"



def test_how_lately_a_study_came_out_is_no_part_of_it():
    text = "Winters in the valley are two weeks shorter than in 1980, according to a new study."
    assert _document(text).name == "study"


def test_what_kind_of_study_stays():
    text = "Winters in the valley are two weeks shorter than in 1980, according to a federal study."
    assert _document(text).name == "federal study"


def test_a_participle_left_with_nothing_after_how_goes_too():
    text = "A report released via the council website says bus use fell by a third."
    assert _document(text).name == "report"


def test_who_read_a_named_document_is_no_part_of_its_name():
    from sourcetrace import analyze
    r = analyze("Its owner gave $3,200 to the party, according to Elections Ontario records reviewed by CBN News.")
    assert [s.name for s in r.sources] == ["Elections Ontario records"]


def test_documents_known_only_by_who_obtained_them_keep_it():
    from sourcetrace import analyze
    r = analyze("Documents obtained by The National Ledger through a freedom-of-information request show "
                "that his office sent three emails.")
    assert [s.name for s in r.sources] == ["Documents obtained by The National Ledger"]
