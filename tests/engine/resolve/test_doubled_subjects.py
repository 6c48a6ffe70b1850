""""A Limerick woman who has waited three years for hip surgery says …": the parser may give the
verb two subjects, the speaker and the last noun of the "who" clause about her; the speaker is
the one the clause describes. Someone spoken of as "a …" is the person the next sentence names
with where they are from. Sentences written for the test."""
from said_by import source_of, speaker_of
from spacy.tokens import Doc

from sourcetrace.engine.extract.syntax import speaker_offsets
from sourcetrace.engine.parse import load_nlp


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


def test_a_name_before_its_post_parsed_as_two_subjects_is_who_spoke():
    text = ("Ghislaine Mérant, secretary-general of the Syndicat des Marins de la Côte Sous-le-Vent (SMCSV), said the "
            "union would \"watch closely\" whether the jobs went to local crews.")
    source = source_of(text, "watch closely")
    assert source.name == "Ghislaine Mérant" and source.kind == "person"


def test_the_name_before_a_post_parsed_as_a_second_subject_opens_the_speakers_phrase():
    # the parse the small model gives "Yvon Pindard, secretary-general of the Syndicat … (STOG), said",
    # written out for a sentence of the test's own
    words = ["Yves", "Bellerose", ",", "secretary", "of", "the", "union", ",", "said", "it", "was", "late", "."]
    heads = [1, 8, 8, 8, 3, 6, 4, 8, 8, 10, 8, 10, 8]
    deps = ["compound", "nsubj", "punct", "nsubj", "prep", "det", "pobj", "punct", "ROOT", "nsubj", "ccomp",
            "acomp", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PRON", "AUX", "ADJ", "PUNCT"]
    doc = Doc(load_nlp().vocab, words=words, spaces=[True, False] + [True] * 4 + [False, True, True, True, True, False,
                                                                               False], heads=heads, deps=deps, pos=pos)
    start, end = speaker_offsets(doc[3])
    assert doc.text[start:end] == "Yves Bellerose, secretary of the union"
