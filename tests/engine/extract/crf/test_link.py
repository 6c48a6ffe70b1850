from sourcetrace.engine.extract.crf.link import link
from sourcetrace.engine.parse import load_nlp

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


def test_the_subject_of_seem_is_part_of_what_is_reported_not_its_source():
    text = "The harbour board seemed to lose its nerve."
    doc = load_nlp()(text)
    seemed, to = token(doc, "seemed"), token(doc, "to")
    spans = [("SRC", 0, seemed), ("CUE", seemed, seemed + 1), ("CNT", to, len(doc) - 1)]
    [found] = link(doc, spans, {})
    assert found.source is None and found.source_head is None
    assert [text[slice(*c)] for c in found.content] == ["The harbour board", "to lose its nerve"]


def test_a_passive_cue_adds_its_subject_to_the_content_and_keeps_its_agent():
    text = "The new levy was criticised by dock unions for its timing."
    doc = load_nlp()(text)
    was, by, for_ = token(doc, "was"), token(doc, "by"), token(doc, "for")
    spans = [("CUE", was, was + 2), ("SRC", by + 1, by + 3), ("CNT", for_, len(doc) - 1)]
    [found] = link(doc, spans, {})
    assert text[slice(*found.source)] == "dock unions"
    assert [text[slice(*c)] for c in found.content] == ["The new levy", "for its timing"]


def test_a_subject_that_holds_a_that_clause_stays_the_source():
    text = "Dock workers were frustrated that the footage was withheld."
    doc = load_nlp()(text)
    were, that = token(doc, "were"), token(doc, "that")
    spans = [("SRC", 0, were), ("CUE", were, were + 2), ("CNT", that, len(doc) - 1)]
    [found] = link(doc, spans, {})
    assert text[slice(*found.source)] == "Dock workers"
    assert [text[slice(*c)] for c in found.content] == ["that the footage was withheld"]


def test_reportedly_has_no_source_and_its_subject_is_reported():
    text = "The harbour board is reportedly planning a second levy."
    doc = load_nlp()(text)
    adverb, planning = token(doc, "reportedly"), token(doc, "planning")
    for source in ([("SRC", 0, adverb - 1)], []):  # whether the tagger took the subject for the source or not
        spans = [*source, ("CUE", adverb, adverb + 1), ("CNT", planning, len(doc) - 1)]
        [found] = link(doc, spans, {})
        assert found.source is None and found.source_head is None
        assert [text[slice(*c)] for c in found.content] == ["The harbour board is", "planning a second levy"]
