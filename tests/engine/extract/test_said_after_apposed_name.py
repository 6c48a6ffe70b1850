""""“…, full stop,” chief executive Lorraine Vasquez said": the parser may hang the name on the
quote's last words as an apposition and leave "said", the sentence's root, with no subject; the
name right after the quote is still its speaker. A "said" with a subject of its own is left to it."""
import spacy
from spacy.tokens import Doc

from sourcetrace.engine.extract.quotes import _said_misread

WORDS = ["“", "Riders", "come", "first", ",", "full", "stop", ",", "”", "chief", "executive", "Dana", "Quill",
         "said", "on", "Friday", "."]
POS = ["PUNCT", "NOUN", "VERB", "ADV", "PUNCT", "ADJ", "NOUN", "PUNCT", "PUNCT", "ADJ", "NOUN", "PROPN", "PROPN",
       "VERB", "ADP", "PROPN", "PUNCT"]
# the parse the tagger gave such a sentence: "Quill" an apposition of "stop", "said" a root alone
HEADS = [2, 2, 13, 2, 2, 6, 2, 6, 6, 10, 12, 12, 6, 13, 13, 14, 13]
DEPS = ["punct", "nsubj", "ccomp", "advmod", "punct", "amod", "conj", "punct", "punct", "amod", "compound",
        "compound", "appos", "ROOT", "prep", "pobj", "punct"]


def _doc(deps: list[str], heads: list[int]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=WORDS, spaces=[False] + [True] * 3 + [True] * 13, pos=POS, heads=heads, deps=deps)


def test_a_root_said_with_no_subject_takes_the_name_after_the_quote():
    doc = _doc(DEPS, HEADS)
    said, first, last = _said_misread(list(doc[9:]))
    assert (said.text, first.text, last.text) == ("said", "chief", "Quill")


def test_a_said_with_its_own_subject_is_read_as_parsed():
    deps, heads = list(DEPS), list(HEADS)
    deps[12], heads[12] = "nsubj", 13  # "Quill" the subject of "said": the parse needs no repair
    doc = _doc(deps, heads)
    assert _said_misread(list(doc[9:])) is None
