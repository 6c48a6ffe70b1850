"""The lemmas the model's rule lemmatizer gets wrong are put right where rules read them."""
import pytest

from sourcetrace.engine.parse.lemma_fixes import lemma


@pytest.mark.parametrize("text, word", [
    ("She hopes the bridge will open.", "hopes"),
    ("He hoped to win.", "hoped"),
    ("They are hoping for rain.", "hoping"),
])
def test_every_form_of_hope_is_hope(engine, text, word):
    token = next(t for t in engine.nlp(text) if t.text == word)
    assert token.lemma_ != "hope"  # the model's own lemma, which the CRF was trained on, is left
    assert lemma(token) == "hope"


def test_a_word_with_no_fix_keeps_its_lemma(engine):
    token = next(t for t in engine.nlp("The rabbit hops across the lawn.") if t.text == "hops")
    assert lemma(token) == token.lemma_.lower()
