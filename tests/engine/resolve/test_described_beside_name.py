"""A source called by the description set beside a name ("evidence from Dr Ilse Brandt, a materials
engineer, who said … and showed …", with the second verb's speaker read as "a materials engineer,
who …") is the named person, not someone new; a description beside no name stays one."""
import spacy
from spacy.tokens import Doc

from sourcetrace.engine.extract.base import Found
from sourcetrace.engine.resolve.apposed import described_names

WORDS = ["Evidence", "came", "from", "Dr", "Ilse", "Brandt", ",", "a", "materials", "engineer", ",", "who",
         "showed", "rust", "."]
HEADS = [1, 1, 1, 5, 5, 2, 5, 9, 9, 5, 9, 12, 9, 12, 1]
DEPS = ["nsubj", "ROOT", "prep", "compound", "compound", "pobj", "punct", "det", "compound", "appos", "punct",
        "nsubj", "relcl", "dobj", "punct"]
POS = ["NOUN", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "PRON", "VERB",
       "NOUN", "PUNCT"]


def _doc(ents: list[str], words: list[str] = WORDS) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, pos=POS, heads=HEADS, deps=DEPS, ents=ents)


def _find(doc: Doc) -> Found:
    described = doc[7:10]  # "a materials engineer", the second verb's speaker as read
    return Found(content=[(doc[13].idx, doc[13].idx + 4)], cue=(doc[12].idx, doc[12].idx + 6),
                 source=(described.start_char, described.end_char), source_head=9)


def test_the_description_beside_a_name_is_the_named_person():
    doc = _doc(["O", "O", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 9)
    (start, end, _), = described_names(doc, [_find(doc)]).values()
    assert doc.text[start:end] == "Ilse Brandt"


def test_a_description_beside_no_persons_name_stays_a_description():
    words = WORDS[:3] + ["the", "Kell", "Waterworks"] + WORDS[6:]  # "the Kell Waterworks, a …"
    doc = _doc(["O", "O", "O", "O", "B-ORG", "I-ORG"] + ["O"] * 9, words)
    assert described_names(doc, [_find(doc)]) == {}
