""""A Limerick woman who has waited three years for hip surgery says …": the parser may give the
verb two subjects, the speaker and the last noun of the "who" clause about her; the speaker is
the one the clause describes. Someone spoken of as "a …" is the person the next sentence names
with where they are from. Sentences written for the test."""
from said_by import source_of, speaker_of


def test_the_last_noun_of_a_who_clause_is_not_the_speaker():
    text = ("A Galway farmer who has been waiting two years for a planning decision says he has been "
            "\"forgotten by the council\".\n")
    source = source_of(text, "forgotten by the council")
    assert "farmer" in source.name.lower()


def test_named_next_with_where_they_are_from():
    text = ("A Limerick woman who has been waiting almost three years for hip replacement surgery says she "
            "has been \"left on a shelf\" by the health service.\n\n"
            "Orla Quinlivan, from Castletroy, was placed on the waiting list in June 2022.\n")
    assert speaker_of(text, "left on a shelf") == "Orla Quinlivan"


def test_named_next_with_nothing_said_of_them_is_not_the_speaker():
    text = ("A Limerick woman who has been waiting almost three years for hip replacement surgery says she "
            "has been \"left on a shelf\" by the health service.\n\n"
            "Orla Quinlivan runs the waiting-list office at the hospital.\n")
    assert speaker_of(text, "left on a shelf") != "Orla Quinlivan"


def test_a_speaker_with_one_subject_keeps_it():
    text = "The surgeon who operated on him says the hip has healed well.\n"
    assert "surgeon" in source_of(text, "hip has healed").name.lower()


def test_a_who_clause_closed_by_a_comma_leaves_the_second_subject_alone():
    text = ("Dunmore, who sit a division higher, scored through Aisling Brody's early header, and Rovers "
            "manager Piotr Zielinski admitted his side had been \"second best all night\".\n")
    assert speaker_of(text, "second best all night") == "Piotr Zielinski"
