"""A name the tagger ended on a word the parser made a compound of the proper noun after it runs on
to that noun. Sentences written for the test."""
from said_by import source_of


def test_a_name_in_apposition_runs_on_to_its_head():
    source = source_of("At his farm near Multan, the candidate's uncle, former senator Mian Shaukat Hayat Bhatti, "
                       "dismissed the claims.", "claims")
    assert source.name == "Mian Shaukat Hayat Bhatti"


def test_a_titled_name_runs_on_to_its_head():
    source = source_of("Party leader Chaudhry Pervaiz Elahi Warraich said the vote was rigged.", "rigged")
    assert source.name == "Chaudhry Pervaiz Elahi Warraich"


def test_a_body_named_after_a_person_stays_out():
    source = source_of("The Nelson Mandela Foundation said the archive would open.", "archive")
    assert source.kind == "organization"


def test_a_name_before_an_english_word_stops():
    source = source_of("Coach Maria Lopez Gold said the team was ready.", "ready")
    assert "Maria Lopez" in source.name
