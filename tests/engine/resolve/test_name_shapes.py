"""Names the small tagger mislabels or misses: apostrophes in surnames, a name set beside a
person noun whatever label the entity recogniser gave it."""
import pytest

from sourcetrace import analyze


@pytest.mark.parametrize("text, name", [
    ("The lock keeper, Aoife O'Rourke, said the gates would stay shut until Friday.", "Aoife O'Rourke"),
    ("The college's dean, Mariam D'Souza, said the library would reopen in March. "
     "“We have waited long enough,” she said.", "Mariam D'Souza"),
    ("Speaking after the service, Declan O’Shea said the bells had been recast.", "Declan O’Shea"),
])
def test_a_person_named_with_an_apostrophe_is_named(text, name):
    analysis = analyze(text)
    assert {s.name for s in analysis.sources if s.named} == {name}


@pytest.mark.parametrize("name", ["Aoife O'Rourke", "Mariam D’Souza", "Ruth D'Arcy"])
def test_the_name_test_takes_apostrophes_in_a_surname(name):
    from sourcetrace.engine.parse import load_nlp
    from sourcetrace.engine.resolve.names import _name_like

    doc = load_nlp().make_doc(name)
    assert _name_like(doc[:]) is not None


@pytest.mark.parametrize("text, name", [
    ("Sergeant Lorna Pyle said a 34-year-old man had been arrested.", "Lorna Pyle"),
    ("Police Constable Omar Rees said the road would stay closed overnight.", "Omar Rees"),
])
def test_a_police_rank_is_a_title_not_part_of_the_name(text, name):
    analysis = analyze(text)
    assert {s.name for s in analysis.sources if s.named} == {name}


def test_a_firm_named_by_its_trade_is_a_body_and_its_first_word_is_that_body():
    text = ("The union said the operator, Carrow Terminals, had walked away from the talks. "
            "Carrow rejected that account.")
    analysis = analyze(text)
    assert ("Carrow Terminals", "organization") in {(s.name, s.kind) for s in analysis.sources}
