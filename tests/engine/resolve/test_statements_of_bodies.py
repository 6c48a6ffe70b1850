"""What a body puts out in its own words ("the ministry's statement", "a KRA statement") is the body
speaking; a report or a memo stays a document, and a statement owned by a word for a person or a
pronoun is left as it is called."""
from said_by import source_of, speaker_of


def test_the_body_s_statement_is_the_body():
    text = ("The Ministry of Water confirmed the outbreak on Monday. "
            "The ministry's statement said 14 cases had been confirmed.")
    assert speaker_of(text, "14 cases") == "Ministry of Water"


def test_a_statement_by_the_body_s_letters_is_the_body():
    text = ("The Kenya Revenue Authority (KRA) said collections rose. "
            "A KRA statement said they rose by 9 per cent.")
    assert speaker_of(text, "by 9 per cent") == "Kenya Revenue Authority"


def test_a_firm_s_statement_is_the_firm():
    text = "Greyline Buses cut six routes. The company's statement said demand had fallen."
    source = source_of(text, "demand had fallen")
    assert source.kind == "organization" and source.name == "Greyline Buses"


def test_a_body_s_report_stays_a_document():
    text = ("The Ministry of Water confirmed the outbreak on Monday. "
            "The ministry's report said 14 cases had been confirmed.")
    assert source_of(text, "14 cases").kind == "document"


def test_a_post_holder_s_statement_is_left():
    text = "The minister's statement said she was humbled by the vote."
    assert speaker_of(text, "humbled") == "minister's statement"


def test_a_body_s_notice_stays_a_document():
    text = ("Harlow Pharma recalled 9,000 bottles of syrup on Monday. The FDA notice said some lots held "
            "too much of the drug.")
    assert source_of(text, "too much of the drug").kind == "document"
