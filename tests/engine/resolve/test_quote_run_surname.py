"""A bare surname two people share, after a quote that opens its paragraph, is the one the
paragraph before followed (resolve/quote_run_surname.py)."""
from said_by import speaker_of

BREWERY = ("Harrow Ales will close its brewery in Ditchford next month, the family firm said on Monday.\n\n"
           "Managing director Imogen Varley said rising energy bills had doubled the cost of every barrel.\n\n"
           "Her uncle, Desmond Varley, 77, who joined the firm in 1966, told the Courier he had "
           "expected the news for a year.\n\n"
           "\"We brewed through the strikes and the floods,\" Varley said. \"We could not brew through this.\"\n")


def test_the_quote_run_goes_on_with_the_one_the_paragraph_before_followed():
    assert speaker_of(BREWERY, "brewed through the strikes") == "Desmond Varley"


def test_without_a_quote_opening_the_paragraph_the_principal_stays():
    text = BREWERY.replace("\"We brewed through the strikes and the floods,\" Varley said.",
                           "Varley said the staff of 40 would be paid to the end of the year.")
    assert speaker_of(text, "staff of 40") == "Imogen Varley"
