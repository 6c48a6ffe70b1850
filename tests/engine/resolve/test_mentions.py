"""Who a mention names: people's names the small tagger took for something else."""
import pytest

from sourcetrace import analyze
from sourcetrace.engine.parse import load_nlp
from sourcetrace.engine.resolve.names import person_entities, person_surnames


def people(text):
    return [p.text for p in person_entities(load_nlp()(text))]


def test_a_name_tagged_as_an_organisation_is_a_person_and_its_surname_finds_them():
    # en_core_web_sm tags "Nadia Okwuosa" ORG and the later "Okwuosa" GPE.
    text = 'Nadia Okwuosa runs a small bakery in Wrenford. "We bake at four," Okwuosa says.'
    assert people(text) == ["Nadia Okwuosa"]
    r = analyze(text)
    (source,) = [r.source(a.source_id) for a in r.attributions]
    assert source.name == "Nadia Okwuosa" and source.kind == "person"


def test_organisations_and_places_shaped_like_names_stay_what_they_are():
    # A first name, but an English word after it ("Power"), an article of a name ("Al"), a place.
    text = ("Georgia Power said the outage was over. Al Jazeera reported the talks. "
            "Prices rose in Santa Monica and Des Moines.")
    assert people(text) == []


def test_a_possessive_inside_a_name_is_not_the_surname():
    doc = load_nlp()("Tim Canova's share was 43 percent. Canova said he would run again.")
    assert "Canova" in person_surnames(doc)


def test_a_name_the_tagger_left_untagged_or_ran_into_a_verb_is_a_person():
    # en_core_web_sm tags nothing in the first sentence and "Quaye grins" as one PERSON.
    text = ("Marisol Quaye's studio in Penhallow is a former lifeboat shed.\n\n"
            "Quaye grins when reminded of the review.")
    assert people(text) == ["Marisol Quaye", "Quaye"]


def test_a_hyphenated_surname_finds_the_full_name():
    text = ("Chief executive Fiona Rudd-Carver said the results were strong.\n\n"
            '"We have put more into wind than anyone," Rudd-Carver said.')
    r = analyze(text)
    first, second = (r.source(a.source_id) for a in r.attributions)
    assert second is first and first.name == "Fiona Rudd-Carver" and first.kind == "person"


def test_an_untagged_name_runs_on_over_a_hyphen():
    # en_core_web_sm tags none of this name and splits the surname at the hyphen.
    text = ("Ines Baptiste-Oduya, Kaluvia's trade envoy, struck a cautious note. "
            "The deal, she said, was \"a first step\".")
    assert "Ines Baptiste-Oduya" in people(text)


def test_a_name_beside_a_noun_is_the_name_even_where_the_parser_made_it_a_modifier():
    # en_core_web_sm attaches "Thorsdal" to "nephew" as npadvmod here, not as an apposition.
    text = ("Mara Lind runs the ferry.\n\n"
            "Her nephew, Erik Thorsdal, 41, who keeps the accounts, said his aunt was stubborn.")
    r = analyze(text)
    (nephew,) = [r.source(a.source_id) for a in r.attributions]
    assert nephew.name == "Erik Thorsdal" and nephew.description == "Her nephew"


def test_a_name_the_tagger_took_with_its_possessive_for_a_place_is_a_person():
    # en_core_web_sm tags "Agnes Pellowe's" LOC, possessive included.
    assert people("The kettle in Agnes Pellowe's kitchen is old.") == ["Agnes Pellowe"]


@pytest.mark.parametrize("text, kind, name", [
    ('"We lost our discipline," said Redmarsh director of rugby Siobhan Carrick, who was in no mood to talk.',
     "person", "Siobhan Carrick"),
    ("Supporters of Republican Mike Dunleavy say the tax is unfair.", "group", None),
    ("The government of President Anton Kovac called the vote illegal.", "organization", None),
])
def test_a_name_after_a_title_ending_in_of_is_the_titled_person(text, kind, name):
    r = analyze(text)
    (source,) = [r.source(a.source_id) for a in r.attributions]
    assert source.kind == kind and (name is None or source.name == name)
