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
