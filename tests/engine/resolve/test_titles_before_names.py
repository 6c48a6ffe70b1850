"""Titles a reader keeps apart from a name: a word for what someone does before a first name and
a surname, a long title made of a court's or body's name before a title word, and a title with
what it is for set before a name after a comma. Sentences written for the test."""
from said_by import speaker_of
from sourcetrace import analyze


def _first_source(text: str):
    analysis = analyze(text)
    return analysis.source(analysis.attributions[0].source_id)


def test_a_word_for_a_trade_before_a_full_name_is_the_role():
    source = _first_source("Cleaner Halima Brook said the ward had run out of beds twice this winter.")
    assert (source.name, source.description) == ("Halima Brook", "Cleaner")


def test_a_trade_word_before_a_surname_alone_stays_a_name():
    # two words: "Baker Mayfield" may be someone's name, so nothing is cut
    assert _first_source("Carter Pellow said the ward had run out of beds.").name == "Carter Pellow"


def test_a_municipal_title_from_the_lexicon():
    source = _first_source("Reeve Colm Ardagh said the township was never consulted.")
    assert (source.name, source.description) == ("Colm Ardagh", "Reeve")


def test_a_court_named_before_a_title_word_is_the_title():
    source = _first_source("Court of Appeal Justice Renata Olufemi said the sentence was too lenient.")
    assert source.name == "Renata Olufemi"
    assert source.description == "Court of Appeal Justice"
    assert source.kind == "person"


def test_a_court_alone_stays_a_body():
    source = _first_source("The Court of Appeal said the sentence was too lenient.")
    assert source.kind == "organization"


def test_a_title_for_a_constituency_before_a_name_after_a_comma():
    text = ("The bypass was years late, said the member for Ashby Vale, Tomas Brightwell.")
    source = _first_source(text)
    assert (source.name, source.description) == ("Tomas Brightwell", "member for Ashby Vale")


def test_a_title_before_a_list_of_names_is_no_one_title():
    text = "The shop stewards, Ann Roe and Ben Loy, said the vote was close."
    assert _first_source(text).name != "Ben Loy"


def test_a_title_before_a_name_with_an_aside_after_it():
    text = "The bypass was late, said the member for Ashby Vale, Tomas Brightwell, who tabled the question."
    source = _first_source(text)
    assert (source.name, source.description) == ("Tomas Brightwell", "member for Ashby Vale")


def test_the_whole_title_before_the_name_is_kept():
    text = "The bypass was late, said the deputy member for Ashby Vale, Tomas Brightwell."
    assert _first_source(text).description == "deputy member for Ashby Vale"


def test_a_titled_surname_is_the_person_named_in_full_before():
    from sourcetrace import analyze
    text = ("Prosecutor Senior Constable Hayley Dunn told the court the man had sent 47 messages.\n\n"
            '"He does not accept that it is over," Sen Const Dunn said.\n')
    assert {s.name for s in analyze(text).sources} == {"Hayley Dunn"}


def test_a_premiers_title_is_no_part_of_the_name_the_tagger_missed():
    from sourcetrace import analyze
    r = analyze('Premier Lorne MacKinnon-Hale called her "a national treasure" in a post on Sunday.')
    assert [s.name for s in r.sources] == ["Lorne MacKinnon-Hale"]


def test_cr_is_a_councillor_s_title_before_a_surname():
    text = ("Mayor Kerry Anstey said crews had worked through the night.\n\n"
            "\"I want to thank every volunteer,\" Cr Anstey said.")
    assert speaker_of(text, "I want to thank every volunteer") == "Kerry Anstey"


def test_a_name_the_tagger_calls_a_body_after_a_lower_case_post_is_a_person():
    text = ("The Provincial Wildfire Service said the fire had grown to 3,800 hectares. Fire information officer "
            "Kiran Dhaliwal warned that gusts of up to 50 km/h were expected overnight. \"The fire will do what "
            "the wind tells it to,\" she said.")
    assert speaker_of(text, "The fire will do what") == "Kiran Dhaliwal"
