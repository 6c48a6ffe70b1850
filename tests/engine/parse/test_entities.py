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


STRIKE = ("Port strike enters third day\n\nDURBAN - Workers at the container terminal in the port of Durban "
          "stayed away for a third day, Transnet said.\n\nA crane driver, Sipho Dlamini, said the family's "
          "insurer had told them it would not cover the lost wages.\n")


def test_no_entity_opens_on_the_dateline_before_it():
    doc = parse_text(load_nlp(), STRIKE)
    assert all(not e.text.startswith("DURBAN") or e.text == "DURBAN" for e in doc.ents)


def test_a_name_with_a_dash_inside_keeps_it():
    doc = parse_text(load_nlp(), "Rolls-Royce Holdings said on Monday it would cut 900 jobs.\n")
    assert any(e.text.startswith("Rolls") for e in doc.ents)


def test_a_description_owned_by_someone_is_not_the_one_firm_named():
    analysis = analyze(STRIKE)
    found = min((a for a in analysis.attributions if "lost wages" in a.content.text), key=lambda a: len(a.content.text))
    assert analysis.source(found.source_id).name == "family's insurer"


def test_a_dateline_with_its_region_is_no_part_of_the_name_after_it():
    text = ("Hill town waits for its clinic\n\nVILLAREAL DE LA SIERRA, Asturias - Aurelio Benigno Roces has "
            "run this town for nine years. He says the clinic was promised twice.\n")
    doc = parse_text(load_nlp(), text)
    assert not any("Asturias" in e.text and "Roces" in e.text for e in doc.ents)
