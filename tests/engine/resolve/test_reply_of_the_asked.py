""""Ramos asked Manalo why he had waited … “I was afraid,” the witness replied": a reply spoken by a
role is the one the question just before was put to; with no one named as asked, the role stays."""
from said_by import source_of as speaker


TRIAL = ("Dario Salonga, 39, said he shredded the files over two nights.\n\n"
         "Defence lawyer Ines Marquez asked Salonga why he had waited a year before going to the police.\n\n"
         "\"I was afraid,\" the witness replied.")


def test_the_reply_is_the_one_who_was_asked():
    assert speaker(TRIAL, "I was afraid").name == "Dario Salonga"


def test_a_reply_after_a_question_put_to_no_one_named_is_never_the_asker():
    text = TRIAL.replace("asked Salonga why", "asked why")
    assert speaker(text, "I was afraid").name != "Ines Marquez"
