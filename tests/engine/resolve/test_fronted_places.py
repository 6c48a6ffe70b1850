"""A phrase of place set before the subject and parsed as the subject, the name after its comma
joined to it as a second subject with no "and" ("Outside court, Inspector Ana Kell, … said"): the
name is the speaker. The parse is written out, as the small model reads the test's sentences right."""
from spacy.tokens import Doc

from sourcetrace.engine.extract.base import Found
from sourcetrace.engine.parse import load_nlp
from sourcetrace.engine.resolve.fronted_places import subjects_after_fronted_places

WORDS = ["Outside", "court", ",", "Inspector", "Ana", "Kell", ",", "said", "it", "was", "late", "."]
SPACES = [True, False, True, True, True, False, True, True, True, True, False, False]
POS = ["ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "AUX", "ADJ", "PUNCT"]
ENTS = ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"]


def _speaker(deps: list[str]) -> str | None:
    heads = [1, 7, 1, 5, 5, 1, 7, 7, 9, 7, 9, 7]
    doc = Doc(load_nlp().vocab, words=WORDS, spaces=SPACES, heads=heads, deps=deps, pos=POS, ents=ENTS)
    found = Found(content=[(doc[8].idx, doc[10].idx + 4)], cue=(doc[7].idx, doc[7].idx + 4),
                  source=(0, doc[5].idx + 4), source_head=1)
    got = subjects_after_fronted_places(doc, [found])
    return doc.text[got[0][0]:got[0][1]] if got else None


def test_a_name_joined_to_a_fronted_place_by_a_comma_alone_is_the_speaker():
    deps = ["amod", "nsubj", "punct", "compound", "compound", "conj", "punct", "ROOT", "nsubj", "ccomp", "acomp",
            "punct"]
    assert _speaker(deps) == "Ana Kell"


def test_a_name_in_apposition_is_left_to_the_other_rules():
    deps = ["amod", "nsubj", "punct", "compound", "compound", "appos", "punct", "ROOT", "nsubj", "ccomp", "acomp",
            "punct"]
    assert _speaker(deps) is None
