from sourcetrace.extract.base import Found
from sourcetrace.extract.crf.with_rules import rescued
from sourcetrace.extract.verbal import extract_verbal
from sourcetrace.parse import load_nlp

TEXT = "The minister said that prices will rise next year."


def test_an_unlinked_cue_gets_the_verb_rules_content():
    doc = load_nlp()(TEXT)
    said = next(t.i for t in doc if t.text == "said")
    found = rescued(doc, [("CUE", said, said + 1)], [], extract_verbal(doc))
    assert len(found) == 1
    assert TEXT[slice(*found[0].cue)] == "said"
    assert TEXT[slice(*found[0].content[0])] == "that prices will rise next year"
    assert TEXT[slice(*found[0].source)] == "The minister"


def test_a_linked_cue_is_left_to_the_model():
    doc = load_nlp()(TEXT)
    said = next(t.i for t in doc if t.text == "said")
    cue = (doc[said].idx, doc[said].idx + 4)
    linked = [Found(content=[(23, 49)], cue=cue, source=None)]
    assert rescued(doc, [("CUE", said, said + 1)], linked, extract_verbal(doc)) == []
