"""A bare surname a father and his daughter share, in a quote that opens the paragraph after one
given to one of them: the words go on in that one's voice."""
from said_by import speaker_of

FATHER_THEN_QUOTE = ("In a statement, bakery owner Claire Dubreuil said sales had fallen by a third since May.\n\n"
                     "Her father, bakery founder Henri Dubreuil, 79, told the Gazette he had never seen a slump "
                     "like it.\n\n\"Not even in 1991,\" Dubreuil said. \"Back then, people still bought bread.\"")


def test_a_quote_opening_the_next_paragraph_is_the_one_the_paragraph_before_was_given_to():
    assert speaker_of(FATHER_THEN_QUOTE, "Not even in 1991") == "Henri Dubreuil"


def test_a_paragraph_of_narrative_on_the_bare_name_stays_with_the_principal():
    text = ("Ilse Brandauer, who ran the Marktgasse bakery for 50 years, died on Sunday. She was 88.\n\n"
            "Her son, Jakob Brandauer, said she had baked until last winter.\n\n"
            "Born in 1936 in Linz, Brandauer told an interviewer in 2010 that bread was \"the only thing "
            "worth getting up for\".")
    assert speaker_of(text, "worth getting up for") == "Ilse Brandauer"
