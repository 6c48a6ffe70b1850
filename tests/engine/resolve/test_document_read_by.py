""""A memo from the authority, seen by a wire, which warned that …": who saw or got a document is no
antecedent of the "which" after them; the document is, credited to whoever made it. "Who" after
someone who read a document is that someone. Sentences written for the test."""
from said_by import speaker_of
from sourcetrace import analyze


def _source(text: str, words: str):
    r = analyze(text)
    return next(r.source(a.source_id) for a in r.attributions if words in a.content.text)


def test_which_after_who_saw_the_memo_is_the_memo_of_its_maker():
    text = ("The ban follows a leaked memo from the Coastal Health Authority (CHA), seen by Harbour Wire, "
            "which warned that admissions had risen by a fifth.\n")
    source = _source(text, "admissions had risen")
    assert source.kind == "document"
    assert source.name == "memo from Coastal Health Authority"


def test_which_after_who_got_the_documents_is_the_documents():
    text = "The plan follows documents obtained by the Ledger, which show that the council knew of the leak.\n"
    source = _source(text, "council knew")
    assert source.kind == "document"


def test_which_after_a_paper_that_reported_is_the_paper():
    text = "The story was first reported by the Harbour Times, which said the mayor had known for weeks.\n"
    assert speaker_of(text, "mayor had known") == "Harbour Times"


def test_who_after_whoever_read_a_statement_is_that_person():
    text = ("The plea came in a statement read by her lawyer, Dana Whitlow, who said her client was "
            "innocent.\n")
    assert speaker_of(text, "client was innocent") == "Dana Whitlow"
