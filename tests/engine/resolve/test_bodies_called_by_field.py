"""A public body called by its field before its word ("Energy ministry", as headlines and wires write
it) is the body whose full name gives that word with "of" and the field ("Ministry of Energy of the
Kyrgyz Republic"); never one of another field."""
from said_by import statement_speakers
from sourcetrace.engine.resolve.portfolios import same_body_by_field

STORY = ("Energy ministry announces winter power restrictions\n\n"
         "The Ministry of Energy of the Kyrgyz Republic announces that from 1 November a schedule of "
         "restrictions will apply.\n\n"
         "\"The situation is serious,\" said Minister of Energy Taalaibek Mamyrov.\n\n"
         "The Ministry warns that illegal connection to the grid is a criminal offence.")


def test_the_ministry_after_a_headlines_short_form_is_the_ministry_named_in_full():
    assert statement_speakers(STORY)[-1] == "Ministry of Energy of the Kyrgyz Republic"


def test_the_field_must_be_the_same():
    assert same_body_by_field("Energy ministry", "Ministry of Energy of the Kyrgyz Republic")
    assert same_body_by_field("the Health Department", "Department of Health and Social Care")
    assert not same_body_by_field("Health Ministry", "Ministry of Energy")
    assert not same_body_by_field("Energy ministry", "Energy Regulatory Office")
