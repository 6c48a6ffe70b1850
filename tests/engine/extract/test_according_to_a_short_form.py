""""According to the Bureau of Research (BAS), …": a short form in brackets after the source is the
source's, never the opening words of what it says; a bracket inside the content stays there. A legal
opinion is a document."""
import pytest

from sourcetrace import analyze


@pytest.mark.parametrize("text, content", [
    ("According to the Bureau of Statistics (BPS), prices rose 3 per cent.", "prices rose 3 per cent"),
    ("According to the Ministry of Health (MoH), cases fell.", "cases fell"),
    ("According to a legal opinion by the Sejm Bureau of Research (BAS), the bill could conflict with two "
     "rulings.", "the bill could conflict with two rulings"),
    ("According to the ministry, cases (mostly in the north) fell.", "cases (mostly in the north) fell"),
])
def test_the_content_opens_after_the_short_form(text, content):
    [said] = analyze(text).attributions
    assert said.content.text == content


def test_a_legal_opinion_by_a_body_is_a_document():
    r = analyze("According to a legal opinion by the Sejm Bureau of Research (BAS), the bill could conflict "
                "with two rulings.")
    assert r.source(r.attributions[0].source_id).kind == "document"


def test_a_name_set_beside_the_source_at_the_sentence_end_is_no_content(engine):
    # after the post's word in the local tongue in brackets, or ending the sentence
    for text in ("The fine was set on Monday, according to the village mayor (Pulenu'u), Tavita Lemalu.",
                 "The fine was set on Monday, according to the village mayor, Tavita Lemalu."):
        found = [a for a in engine.analyze(text).attributions if a.type == "according_to"]
        assert [a.content.text for a in found] == ["The fine was set on Monday"], text
