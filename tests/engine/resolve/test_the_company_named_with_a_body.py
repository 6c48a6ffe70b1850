""""…, the company and the Consumer Product Safety Commission said": a word for a firm named together with
another body is the firm the text named before it, so the two speak by their names."""
from said_by import speaker_of


def test_the_company_with_a_regulator_is_the_firm_named_before():
    text = ("Dorrow Appliances is recalling 4,000 kettles because the handles can crack, the company and the "
            "Consumer Product Safety Commission said Monday.\n")
    assert speaker_of(text, "handles can crack") == "Dorrow Appliances and Consumer Product Safety Commission"


def test_the_company_with_no_firm_before_it_stays_a_word():
    text = ("The company and the Consumer Product Safety Commission said Monday that 4,000 kettles were recalled.\n\n"
            "Dorrow Appliances makes the kettles in Ohio.\n")
    assert "Dorrow" not in speaker_of(text, "kettles were recalled")
