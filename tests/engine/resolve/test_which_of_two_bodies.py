""""The academy trust" where the text names two trusts, one of which has spoken: the one whose name holds
the words said of it (a plural for its singular), even where the tagger took the words for a name."""
from said_by import speaker_of

TWO_TRUSTS = ("Waiting times at hospitals run by the Calderbrook Teaching Hospitals NHS Trust have doubled.\n\n"
              "The trust said it had opened two new wards.\n\n"
              "Harwood Academies Trust runs the school. The academy trust said the head had resigned.\n")


def test_the_word_said_of_it_picks_the_trust():
    assert speaker_of(TWO_TRUSTS, "head had resigned") == "Harwood Academies Trust"


def test_the_trust_that_spoke_is_still_the_trust():
    assert speaker_of(TWO_TRUSTS, "two new wards") == "Calderbrook Teaching Hospitals NHS Trust"


def test_the_water_company_is_the_body_named_for_water_not_the_one_that_spoke():
    text = ("A spokeswoman for Calder Valley Health Board said the ward would reopen.\n\n"
            "Residents blamed Marlow Water for the flooding. The water company said the drains were the "
            "council's responsibility.\n")
    assert speaker_of(text, "drains were") == "Marlow Water"


def test_a_firm_said_to_be_of_a_nation_is_not_the_body_named_for_the_nation():
    text = ("The Canadian Press reported the sale on Monday.\n\n"
            "Harlow Mining said the Canadian company had made an offer. The Canadian company said the offer "
            "was final.\n")
    assert speaker_of(text, "offer was final") != "Canadian Press"


def test_the_company_is_no_health_board_that_spoke():
    text = ("Calder Valley Health Board said the ward would reopen.\n\n"
            "Residents blamed Marlow Water for the flooding. The company said the drains were the "
            "council's responsibility.\n")
    assert speaker_of(text, "drains were") == "Marlow Water"
