"""A firm's name set after the word for the firm a person's role acts for names the firm, not the
person: "a lawyer for the developer, Kestrel Homes" is a lawyer for Kestrel Homes. Sentences written
for the test."""
from said_by import source_of, speaker_of


def test_a_firm_by_its_last_word():
    assert speaker_of("A lawyer for the developer, Kestrel Homes, said the permit was valid.",
                      "permit") == "lawyer for Kestrel Homes"


def test_a_firm_of_one_word():
    assert speaker_of("A spokeswoman for the retailer, Brightmart, said stores would reopen.",
                      "stores") == "spokeswoman for Brightmart"


def test_a_persons_name_there_is_the_role_holder():
    assert speaker_of("The lawyer for the company, Nkechi Obiora, said the deal was lawful.", "deal") == "Nkechi Obiora"
    assert speaker_of("A spokesman for the bank, Tomasz Wrona, said the loan was repaid.", "loan") == "Tomasz Wrona"


def test_a_titled_surname_there_is_the_role_holder():
    assert speaker_of("A spokesman for the company, Mr Tan, said the deal was lawful.", "deal") == "Tan"


def test_those_for_a_body_named_beside_its_word():
    assert speaker_of("Representatives for the singer's record label, Bluegate Music, did not return messages "
                      "seeking comment.", "messages").lower() == "representatives for bluegate music"
    assert speaker_of("Officials at the regulator, Ofgem, said prices would fall.", "prices").lower() \
        == "officials at ofgem"


def test_a_person_named_beside_the_word_is_no_body():
    assert "Thomas Reid" not in speaker_of("Lawyers for the family of the victim, Thomas Reid, said they would "
                                           "appeal.", "appeal")
