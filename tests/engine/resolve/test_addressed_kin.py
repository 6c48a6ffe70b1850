""""Dad still reckons …" in a person's own words is that person's father, named where the text
names him ("Her father, Greg Trainor"), else called the speaker's father."""
from said_by import source_of as speaker


def test_dad_in_a_speakers_words_is_the_father_the_text_names():
    text = ("Orla Brennan retired from rowing last month after three Olympic Games.\n\n"
            "\"Mum never missed a race. Dad still reckons the Lucerne final was the best day of his life,\" "
            "Brennan said.\n\nHer father, Dermot Brennan, told the Leinster Times that he was \"proud of every stroke.\"")
    assert speaker(text, "Lucerne final").name == "Dermot Brennan"


def test_dad_with_no_father_named_is_the_speakers_father():
    text = ("Orla Brennan retired from rowing last month after three Olympic Games.\n\n"
            "\"Dad still reckons the Lucerne final was the best day of his life,\" Brennan said.")
    assert speaker(text, "Lucerne final").name == "Brennan's father"


def test_the_parent_a_child_speaks_of_is_whose_child_the_text_made_her():
    text = ("Renzo Galli, who built the family bakery into a national chain, died on Sunday. He was 88.\n\n"
            "His daughter, Marta Galli, said he had died peacefully. \"Papà always said that bread is a "
            "promise you keep every morning. He kept a great many,\" she said.")
    assert speaker(text, "bread is a promise").name == "Renzo Galli"


def test_a_brother_brought_in_as_a_son_is_no_parent():
    text = ("Renzo Galli, who built the family bakery into a national chain, died on Sunday. He was 88.\n\n"
            "His son, Paolo Galli, runs the Milan shop. His daughter, Marta Galli, said he had died peacefully. "
            "\"Papà always said that bread is a promise you keep every morning,\" she said.")
    assert speaker(text, "bread is a promise").name == "Renzo Galli"
