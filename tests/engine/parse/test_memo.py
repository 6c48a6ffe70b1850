"""The memoised attribute ruler and lemmatizer must annotate exactly as spaCy's own."""
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from sourcetrace.engine.parse import load_nlp, memo, stock_nlp

ATTRS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
# Written to reach the ruler's multi-token and dependency patterns as well as its tag map.
TEXTS = [
    "Y'all ain't gonna believe it, the mayor said. Let's go, she told them.\n\n"
    "There is no plan, and there were never any. I saw it; it saw me. You told you.",
    "But the council, which had met twice, said it had done what it could.   "
    "C'm on, he wrote. They gotta leave. Did he? He did, and he has.\n"
    "Those were the days: that was what the leaders, both of them, wanted.",
]


@pytest.fixture(scope="module")
def stock():
    """spaCy's own components, with our sentence breaks: only the two memoised ones differ."""
    nlp = stock_nlp()
    nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def test_the_pipeline_uses_the_memoised_components():
    nlp = load_nlp()
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "MemoAttributeRuler"
    assert type(nlp.get_pipe("lemmatizer")).__name__ == "MemoLemmatizer"


@pytest.mark.parametrize("text", TEXTS)
def test_annotations_equal_spacys_own_cold_and_warm(stock, text):
    expected = stock(text).to_array(ATTRS)
    for _ in range(2):  # the second pass answers from the memo
        got = load_nlp()(text)
        assert (got.to_array(ATTRS) == expected).all()


def test_annotations_equal_spacys_own_on_the_example(stock, example_path):
    text = example_path.read_text(encoding="utf-8")
    got, expected = load_nlp()(text), stock(text)
    assert [t.lemma_ for t in got] == [t.lemma_ for t in expected]
    assert [t.pos_ for t in got] == [t.pos_ for t in expected]
    assert [str(t.morph) for t in got] == [str(t.morph) for t in expected]


def test_a_full_memo_is_emptied_and_filled_again(stock, monkeypatch):
    monkeypatch.setattr(memo, "CACHE_LIMIT", 5)
    for text in TEXTS + TEXTS:
        assert (load_nlp()(text).to_array(ATTRS) == stock(text).to_array(ATTRS)).all()
