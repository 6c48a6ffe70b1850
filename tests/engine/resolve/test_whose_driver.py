""""A former driver of councilor Ramon "Monching" Villareal told the court …": the driver is not the
councilor, and is the person the next sentence names after a short lead-in ("Testifying for the
prosecution, Edgardo Manalo, 44, said"); a nickname in quotes is no part of a name."""
from said_by import source_of as speaker


TRIAL = ("A former bodyguard of suspended mayor Ernesto \"Toto\" Balagtas told the court on Monday that he "
         "was ordered to shred the ledgers.\n\n"
         "Testifying for the prosecution, Dario Salonga, 39, said he shredded the files over two nights.\n\n"
         "Balagtas, who faces graft charges, has denied the allegations.")


def test_the_head_of_an_of_phrase_is_not_the_person_named_inside_it():
    assert speaker(TRIAL, "ordered to shred").id != speaker(TRIAL, "the allegations").id


def test_the_role_is_the_person_named_next_after_a_short_lead_in():
    assert speaker(TRIAL, "ordered to shred").name == "Dario Salonga"


def test_a_nickname_in_quotes_is_no_part_of_the_name():
    assert speaker(TRIAL, "the allegations").name == "Ernesto Balagtas"


def test_a_title_before_the_name_still_names_the_person():
    text = "Suspended mayor Ernesto Balagtas told reporters he would appeal."
    assert speaker(text, "he would appeal").name == "Ernesto Balagtas"


def test_a_post_in_lower_case_opening_a_sentence_is_no_part_of_the_name():
    text = "The strike entered its third day.\n\nLocal councillor Aled Morgan said he hoped both sides would talk."
    assert speaker(text, "both sides would talk").name == "Aled Morgan"



def test_a_name_and_its_post_past_a_comma_are_the_heads_own():
    # the parser makes the name the object of "for"; past the comma it is set beside "witness"
    text = ("A witness for the prosecution, retired municipal accountant Stamatia Karagiannopoulou, said on "
            "Monday that she had raised concerns with her superiors in 2017.")
    assert speaker(text, "raised concerns").name == "Stamatia Karagiannopoulou"

