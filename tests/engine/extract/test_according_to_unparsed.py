""""According to the harbour berths register, …" with the last noun read as a verb: the parser
hangs no object on "to"; the source is the words up to the comma, never the article alone."""
import pytest

from sourcetrace import analyze


def source_of(text, words):
    r = analyze(text)
    found = min((a for a in r.attributions if words in a.content.text), key=lambda a: len(a.content.text))
    return r.source(found.source_id) if found.source_id else None


@pytest.mark.parametrize("text, words, source", [
    ("According to the county fisheries register, the village now has 23 licensed fishermen.",
     "the village now has 23", "county fisheries register"),
    ("According to the regional boat register, the harbour lost nine vessels last winter.",
     "the harbour lost nine vessels", "regional boat register"),
])
def test_the_words_up_to_the_comma_are_the_source(text, words, source):
    found = source_of(text, words)
    assert found is not None and found.name.lower() not in ("the", "a", "an")
    assert source in found.name
