""""“We will rebuild.” / Those were the words of Marta Ilunga, …": a quote set on its own whose
speaker the next sentence names by pointing back at the words is that person's. Sentences
written for the test."""
from said_by import speaker_of, source_of


def test_those_were_the_words_of_names_the_opening_quote():
    text = ("\"We lost the roof, but we did not lose the school.\"\n\n"
            "Those were the words of Marta Ilunga, a teacher in Kisanga, as pupils swept up the glass on Monday.\n")
    assert speaker_of(text, "did not lose the school") == "Marta Ilunga"


def test_the_question_came_from_names_the_opening_quote():
    text = ("\"Who pays for the harvest we lost?\"\n\n"
            "The question came from Teodoro Balangue, a rice farmer, as officials toured the flooded fields.\n")
    assert speaker_of(text, "harvest we lost") == "Teodoro Balangue"


def test_someone_named_later_but_not_as_the_speaker_is_not_credited():
    text = ("\"Who pays for the harvest we lost?\"\n\n"
            "Those were the words of a farmer who had lost everything. The governor, Teodoro Balangue, "
            "toured the fields on Monday.\n")
    assert source_of(text, "harvest we lost") is None


def test_a_quote_with_its_own_speaker_keeps_them():
    text = ("\"We will open on time,\" said Ines Barroso, the festival's director.\n\n"
            "Those were the words of a woman under pressure. Her deputy, Rui Tavares, said tickets had sold out.\n")
    assert speaker_of(text, "open on time") == "Ines Barroso"
