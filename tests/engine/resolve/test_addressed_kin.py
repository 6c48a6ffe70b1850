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
