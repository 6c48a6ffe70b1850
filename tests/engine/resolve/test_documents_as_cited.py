"""Documents named as a reader cites them: the law they came out under and where they were filed
stay; "the documents" are the ones the text said someone obtained. Sentences written for the test."""
from sourcetrace import analyze


def _documents(text: str) -> list[str]:
    analysis = analyze(text)
    return [analysis.source(a.source_id).name for a in analysis.attributions
            if a.source_id and analysis.source(a.source_id).kind == "document"]


def test_the_law_records_came_out_under_stays_and_the_day_goes():
    text = "The mayor met the developer twice, according to emails released Friday under access-to-information law."
    assert _documents(text) == ["emails released under access-to-information law"]


def test_how_records_were_got_still_goes():
    text = "The mayor met the developer twice, according to emails released via the council website."
    assert _documents(text) == ["emails"]


def test_evidence_filed_in_a_case_is_a_document():
    text = "Guards searched the cells on nine occasions, according to evidence filed in the appeal."
    assert _documents(text) == ["evidence filed in the appeal"]


def test_the_documents_are_those_obtained_before():
    text = ("The Harlow Courier obtained budget documents dated March that set a cap of 300 beds. "
            "According to the documents, the ministry expected protests.")
    assert _documents(text) == ["budget documents obtained by The Harlow Courier"]


def test_the_documents_with_two_sets_obtained_are_left_as_written():
    text = ("The Harlow Courier obtained budget documents in March. The Kelby Post obtained planning documents "
            "in May. According to the documents, the ministry expected protests.")
    assert _documents(text) == ["documents"]


def test_documents_only_mentioned_before_are_not_obtained():
    text = ("The council published budget documents in March. According to the documents, the ministry "
            "expected protests.")
    assert "obtained" not in _documents(text)[0]
