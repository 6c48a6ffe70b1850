"""Entities as the stages read them: a name never ends on an opening bracket or quote mark nor
opens on a closing one, however the tagger cut it. Sentences written for the test."""
from sourcetrace import analyze
from sourcetrace.engine.parse import entities_of, load_nlp, parse_text


def test_no_entity_ends_on_an_opening_mark():
    doc = parse_text(load_nlp(), "The Associated Society of Train and Rail Assistants (ASTRA) said its members "
                                 "had rejected the offer.\n")
    assert all(e[-1].text not in "([{\"“‘" and e[0].text not in ")]}\"”’" for e in entities_of(doc))


def test_a_body_and_its_bracketed_letters_are_one_source():
    text = ("The Associated Society of Train and Rail Assistants (ASTRA) said its members had rejected the offer.\n\n"
            "ASTRA denied that the offer had been put to a ballot.\n")
    analysis = analyze(text)
    names = {analysis.source(a.source_id).name for a in analysis.attributions if a.source_id}
    assert names == {"Associated Society of Train and Rail Assistants"}
