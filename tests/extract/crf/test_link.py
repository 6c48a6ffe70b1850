from sourcetrace.extract.crf.link import link
from sourcetrace.parse import load_nlp

TEXT = "Port officials told Reuters on Monday that the port would reopen."


def token(doc, word):
    return next(t.i for t in doc if t.text == word)


def test_a_cue_without_a_tagged_source_takes_its_subject_and_recipient_from_the_parse():
    doc = load_nlp()(TEXT)
    told, that = token(doc, "told"), token(doc, "that")
    spans = [("CUE", told, told + 1), ("CNT", that, len(doc) - 1)]
    [found] = link(doc, spans, {})
    assert TEXT[slice(*found.source)] == "Port officials"
    assert found.recipient == "Reuters"
    assert TEXT[slice(*found.content[0])] == "that the port would reopen"


def test_a_tagged_source_is_kept():
    doc = load_nlp()(TEXT)
    told, that = token(doc, "told"), token(doc, "that")
    spans = [("SRC", 1, 2), ("CUE", told, told + 1), ("CNT", that, len(doc) - 1)]
    [found] = link(doc, spans, {})
    assert TEXT[slice(*found.source)] == "officials"
