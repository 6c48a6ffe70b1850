"""A name the tagger cut: its last word set apart as a place, where the parser makes it the head of
the name's other words, ends the name ("Ndzana Belinga | Onana"); a title tagged alone joins the
name past a given name left untagged ("Garaad | Bile | Ali Nuur"). The parse is written out, as the
small model reads the test's invented names right."""
from spacy.tokens import Doc

from sourcetrace.engine.parse import load_nlp
from sourcetrace.engine.resolve.names import person_entities

WORDS = ["The", "treasurer", ",", "Ndzana", "Belinga", "Onana", ",", "declined", "to", "comment", "."]
SPACES = [True, False, True, True, True, False, True, True, True, False, False]
POS = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "PART", "VERB", "PUNCT"]


def _doc(heads: list[int], deps: list[str], last_label: str) -> Doc:
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", f"B-{last_label}", "O", "O", "O", "O", "O"]
    return Doc(load_nlp().vocab, words=WORDS, spaces=SPACES, heads=heads, deps=deps, pos=POS, ents=ents)


def test_a_last_name_word_tagged_a_place_that_heads_the_name_ends_it():
    doc = _doc([1, 7, 1, 5, 5, 1, 7, 7, 9, 7, 7],
               ["det", "nsubj", "punct", "compound", "compound", "appos", "punct", "ROOT", "aux", "xcomp", "punct"],
               "GPE")
    assert [p.text for p in person_entities(doc)] == ["Ndzana Belinga Onana"]


def test_a_place_the_name_does_not_lean_on_stays_out():
    doc = _doc([1, 7, 1, 4, 1, 4, 7, 7, 9, 7, 7],
               ["det", "nsubj", "punct", "compound", "appos", "npadvmod", "punct", "ROOT", "aux", "xcomp", "punct"],
               "GPE")
    assert [p.text for p in person_entities(doc)] == ["Ndzana Belinga"]


def test_a_title_tagged_alone_joins_the_name_past_an_untagged_given_name():
    # "Garaad" tagged a name alone, "Bile" (an English word) outside every entity, "Ali Nuur" a name
    words = ["Garaad", "Bile", "Ali", "Nuur", "spoke", "."]
    doc = Doc(load_nlp().vocab, words=words, spaces=[True, True, True, True, False, False],
              heads=[1, 3, 3, 4, 4, 4], deps=["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
              pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
              ents=["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert [p.text for p in person_entities(doc)] == ["Garaad Bile Ali Nuur"]
