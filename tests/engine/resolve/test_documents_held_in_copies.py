"""A copy, a draft, an excerpt or pages of a document ("a leaked copy of the audit report", "pages
of the contract") speak as the document itself: the source is the document, not the copy."""
import pytest
from said_by import source_of


@pytest.mark.parametrize("holder", ["A leaked copy of", "Pages of", "A version of"])
def test_a_copy_of_a_document_is_the_document(holder):
    text = f"{holder} the audit report says the agency lost $4 million on unused vehicles."
    source = source_of(text, "lost $4 million")
    assert source.kind == "document" and source.name == "audit report"
