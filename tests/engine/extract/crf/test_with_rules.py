from sourcetrace.engine.extract.base import Found
from sourcetrace.engine.extract.crf.with_rules import refined, rescued
from sourcetrace.engine.extract.verbal import extract_verbal
from sourcetrace.engine.parse import load_nlp

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


def span_of(text, phrase):
    start = text.index(phrase)
    return (start, start + len(phrase))


def test_a_model_only_cue_inside_a_rule_backed_content_needs_a_cue_word():
    text = "They said Russia wants recruits, offering them money. Officials denied it."
    doc = load_nlp()(text)
    said = Found(content=[span_of(text, "Russia wants recruits")], cue=span_of(text, "said"), source=None)
    offering = Found(content=[span_of(text, "them money")], cue=span_of(text, "offering"), source=None)
    kept = refined(doc, [said, offering], extract_verbal(doc))
    assert [text[slice(*f.cue)] for f in kept] == ["said"]
    assert "offering them money" in text[slice(*kept[0].content_span)]


def test_a_model_only_cue_word_inside_a_rule_backed_content_stays():
    text = "They said the minister denied the plan."
    doc = load_nlp()(text)
    said = Found(content=[span_of(text, "the minister denied the plan")], cue=span_of(text, "said"), source=None)
    denied = Found(content=[span_of(text, "the plan")], cue=span_of(text, "denied"), source=None)
    kept = refined(doc, [said, denied], [f for f in extract_verbal(doc) if text[slice(*f.cue)] == "said"])
    assert [text[slice(*f.cue)] for f in kept] == ["said", "denied"]
