"""“…,” it said (or "the statement read"), just after a sentence about a statement: the words are the
statement's, and so of whom it was given on behalf of, came from, was by or was issued by, or who spoke
in it, not of whoever read it out."""
from said_by import speaker_of


def test_read_out_on_behalf_of_a_body():
    text = ("The museum closed its doors on Friday. A statement was read outside the gates by a volunteer, "
            "Tom Reed, on behalf of the Harlow Trust. \"We are closed until spring,\" it said.")
    assert speaker_of(text, "closed until spring") == "Harlow Trust"


def test_a_statement_from_a_family():
    text = ("Nora Kell, 19, died on Saturday. A statement from her family was read at the vigil. "
            "\"She was our light,\" it said.")
    assert "family" in speaker_of(text, "our light")


def test_a_statement_issued_by_a_body():
    text = ("Two players were injured. A statement issued by Kestrel Athletic was posted online. "
            "\"Both are recovering well,\" it said.")
    assert speaker_of(text, "recovering well") == "Kestrel Athletic"


def test_who_read_it_out_is_not_whose_it_is():
    text = ("The museum closed its doors on Friday. A statement was read by a volunteer at the gate. "
            "\"We are closed until spring,\" it said.")
    assert speaker_of(text, "closed until spring") != "volunteer"


def test_an_it_with_no_statement_before_is_left_alone():
    text = ("The Westmarch Police Service found the car on Monday. A statement was read by a volunteer. "
            "Officers searched the woods, and \"We are appealing for witnesses,\" it said.")
    assert speaker_of(text, "appealing for witnesses") != "volunteer"



def test_the_statement_named_again_after_a_quote_of_several_sentences_is_its_givers():
    text = ("A statement on Sunday by his eldest daughter, Dr Funmi Adeyanju, said the chief died in his sleep.\n\n"
            "\"Baba lived well. He served his town. We are grateful,\" the statement read.")
    assert speaker_of(text, "We are grateful") == "Funmi Adeyanju"


def test_the_statement_named_again_is_whoever_spoke_in_a_statement():
    text = ("Confirming the arrests in a statement on Monday, the Police Public Relations Officer of the command, SP Ebi Tamuno, "
            "said the raid followed a tip-off.\n\n"
            "\"Two rifles were recovered. The suspects are helping the police,\" the statement read.")
    assert speaker_of(text, "suspects are helping") == "Ebi Tamuno"
