"""A first name the tagger left out of a one-word name ("Dolores" before a tagged "Ibsen") is part of it,
so "her husband" after "Dolores Ibsen died" is the other Ibsen, not Dolores taken for the one named before."""
from spacy.tokens import Span

from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve.names import person_entities
from said_by import speaker_of

TEXT = ("Walt Ibsen has owned the Starlite Drive-In since 1987 and has no intention of selling.\n\n"
        "Dolores Ibsen died in 2015. Her husband says she never once told him to sell.")


def test_the_first_name_before_a_tagged_surname_joins_it():
    names = [p.text for p in person_entities(parse_text(load_nlp(), TEXT))]
    assert "Dolores Ibsen" in names


def test_her_husband_is_the_other_person_with_her_surname():
    assert speaker_of(TEXT, "never once told him") == "Walt Ibsen"


def test_a_title_before_a_surname_is_not_a_first_name():
    names = [p.text for p in person_entities(parse_text(load_nlp(), "Senator Ibsen died in 2015."))]
    assert "Senator Ibsen" not in names


def test_a_surname_the_tagger_left_off_a_tagged_first_name_joins_it():
    from sourcetrace import analyze
    r = analyze("The agency rejected the claim, with spokeswoman Dina Rask saying the bulletin had flagged a risk.")
    assert "Dina Rask" in [s.name for s in r.sources]


def test_a_first_name_before_a_body_or_a_date_stays_alone():
    from sourcetrace import analyze
    r = analyze('"We are ready," said Maria. Police said the road was closed.')
    assert [s.name for s in r.sources] == ["Maria", "Police"]


def test_a_surname_tagged_a_place_after_a_first_name_joins_it():
    # the tagger's reading of the interview's headline: "Joanna" a person, "Szymańska" a place
    doc = parse_text(load_nlp(), "A conversation with Joanna Szymańska-Ostrowska about her novel")
    k = next(t.i for t in doc if t.text == "Joanna")
    doc.ents = [Span(doc, k, k + 1, "PERSON"), Span(doc, k + 1, k + 2, "GPE")]
    assert "Joanna Szymańska-Ostrowska" in [p.text for p in person_entities(doc)]
