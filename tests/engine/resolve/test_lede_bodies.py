""""A hospital system that … said … Cumberland Ridge Health said": wire copy names the lede's body
as the next sentence opens; the headline's word for the same kind is that body too."""
from said_by import speaker_of


def test_the_lede_body_is_the_one_the_next_sentence_opens_on():
    text = ("Grocery chain says card data may have been stolen\n\n"
            "DENVER (AP) — A grocery chain that runs 40 stores across Colorado said Monday that hackers may "
            "have stolen card data of 200,000 shoppers.\n\n"
            "Pinewood Markets said in a statement that it had found malware on its payment system.\n")
    assert speaker_of(text, "hackers may have stolen card data") == "Pinewood Markets"
    assert speaker_of(text, "card data may have been stolen") == "Pinewood Markets"


def test_a_lede_body_followed_by_a_person_stays_unnamed():
    text = ("DENVER (AP) — A grocery chain that runs 40 stores across Colorado said Monday that hackers may "
            "have stolen card data.\n\nMaria Lopez, a shopper, said she was worried.\n")
    assert speaker_of(text, "hackers may have stolen card data") != "Maria Lopez"
