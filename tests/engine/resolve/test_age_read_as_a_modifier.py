""""“…,” the 26-year-old told reporters": the parser may read the speaker and the verb as one
noun phrase, "told" describing the reporters; the words before the verb are the speaker, and
the age points back to the person last named. Sentences written for the test."""
from said_by import speaker_of


def test_the_age_before_told_reporters_is_the_person_just_named():
    text = ("Wickremesinghe, who was named player of the match, said he had waited all season for a true pitch.\n\n"
            "\"The first ten overs I just wanted to survive. After that I trusted my hands,\" the 26-year-old "
            "told reporters.\n")
    assert speaker_of(text, "trusted my hands") == "Wickremesinghe"


def test_a_verb_that_truly_describes_a_noun_is_left_alone():
    text = ("Akosua Mensah, the mayor, said the market would reopen. \"The told stories are not the whole "
            "story,\" she said.\n")
    assert speaker_of(text, "whole story") == "Akosua Mensah"
