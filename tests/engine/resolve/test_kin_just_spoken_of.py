""""Hassan wants his son to come home. “He says he will come back,” Hassan said": a "he" inside
the quote is the relative just spoken of, not the speaker. Sentences written for the test."""
from said_by import speaker_of


def test_he_in_the_quote_is_the_son_just_spoken_of():
    text = ("Baker Karim Mansour has run the ovens on Qasr Street for 30 years.\n\n"
            "Mansour wants his son, who works in Aswan, to come home and take over. \"He says he will come "
            "back. I will believe it when I see him,\" Mansour said.\n")
    assert speaker_of(text, "he will come back") == "Karim Mansour's son"


def test_a_relative_the_pronoun_does_not_fit_is_passed_over():
    text = ("Baker Karim Mansour has run the ovens on Qasr Street for 30 years.\n\n"
            "Mansour wants his daughter, who works in Aswan, to come home and take over. \"He says she will "
            "come back,\" Mansour said.\n")
    assert speaker_of(text, "will come back") != "Karim Mansour's daughter"


def test_he_in_a_quote_set_apart_is_the_uncle_the_paragraph_before_ended_on():
    text = ("Thieves broke into the home of Cornelius Dunne after 2am, gardai said.\n\n"
            "Mr Dunne's nephew, Declan Dunne, who found him at 7am, said his uncle was shaken.\n\n"
            "'He told me he kept saying the Rosary the whole time,' Declan said.\n")
    assert speaker_of(text, "kept saying the Rosary") in ("Cornelius Dunne", "Declan Dunne's uncle")


def test_a_relative_two_paragraphs_back_is_out_of_view():
    text = ("Mr Dunne's nephew, Declan Dunne, said his uncle was shaken.\n\n"
            "Gardai said the men left with cash and a shotgun.\n\n"
            "'He told me he kept saying the Rosary the whole time,' Declan said.\n")
    assert speaker_of(text, "kept saying the Rosary") != "Declan Dunne's uncle"
