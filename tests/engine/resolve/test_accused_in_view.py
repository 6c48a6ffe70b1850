"""Someone the sentence is about, the subject of its own verb ("Councillor Owen Pryce has been
accused by two colleagues of leaking the report"), is in view for the "he" that follows, even where
the accusation is read as the colleagues' words with him inside them."""
from said_by import speaker_of

TEXT = ("Board chair Tom Angell said the decision was driven by cost.\n\n"
        "Councillor Owen Pryce has been accused by two colleagues of leaking the draft report. He denied it.\n")


def test_the_accused_is_the_he_who_denies():
    assert speaker_of(TEXT, "it") == "Owen Pryce"


def test_someone_only_spoken_of_in_reported_words_is_not_in_view():
    text = ("Council leader Ruth Angell said Councillor Owen Pryce had leaked the draft report. "
            "She said the leak had cost the council dearly.\n")
    assert speaker_of(text, "cost the council") == "Ruth Angell"
