"""A long title before a name is the person's role, not part of their name, also across a hard
line break. Sentences written for the test."""
from sourcetrace import analyze


def _first_source(text: str):
    analysis = analyze(text)
    return analysis.source(analysis.attributions[0].source_id)


def test_a_title_broken_across_lines_is_the_role():
    source = _first_source("Minister for Water\nand Emergency Services Bronwyn Tate said the dam was safe.")
    assert source.name == "Bronwyn Tate"
    assert source.description.split() == "Minister for Water and Emergency Services".split()


def test_a_title_the_tagger_took_no_name_from():
    source = _first_source("Director of Public Prosecutions Liam Okafor said charges would follow.")
    assert (source.name, source.description) == ("Liam Okafor", "Director of Public Prosecutions")


def test_a_post_word_before_a_name_is_no_part_of_it():
    assert _first_source("Contractor Ellery Civil said the work would finish in May.").name == "Ellery Civil"


def test_a_body_named_with_capitals_stays_whole():
    source = _first_source("The Office for Water and Emergency Services said the dam was safe.")
    assert source.name.endswith("Emergency Services")
    assert source.kind == "organization"


def test_the_titled_person_is_found_again_by_the_post():
    text = ("Minister for Health Ana Kiri said the ward would open in May. "
            "The minister said staff had been hired.")
    analysis = analyze(text)
    names = [analysis.source(a.source_id).name for a in analysis.attributions]
    assert names == ["Ana Kiri", "Ana Kiri"]


def test_a_title_listing_its_fields_is_the_role():
    texts = ['"The law will pass," said Minister of Labour, Social Policy and Family Marlena Dobrowolska.',
             "According to the Minister of Culture, Youth and Sport, Tomasz Wrona, the stadium will open in May.",
             '"The law will pass," said the Secretary for Housing, Planning and Heritage, Aoife Brennan.']
    assert [_first_source(t).name for t in texts] == ["Marlena Dobrowolska", "Tomasz Wrona", "Aoife Brennan"]


def test_a_post_listing_its_fields_before_a_name_the_tagger_took_for_a_body():
    source = _first_source("Deputy Minister of Agriculture, Food and Rural Affairs Ivo Petrov said the law would pass.")
    assert (source.name, source.kind) == ("Ivo Petrov", "person")


def test_a_body_listing_its_fields_stays_whole():
    source = _first_source("The Ministry of Economy, Trade and Industry said the law would pass.")
    assert (source.name, source.kind) == ("Ministry of Economy, Trade and Industry", "organization")


def test_a_name_after_a_long_title_runs_on_to_its_family_name():
    text = ("The loans will help farmers, said Deputy Minister of Economy of the Republic of Armenia "
            "Tigran Arsen Melikyan, who attended the launch.")
    assert _first_source(text).name == "Tigran Arsen Melikyan"
