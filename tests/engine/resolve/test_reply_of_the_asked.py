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


def test_she_who_replies_is_not_the_reporter_who_asked():
    text = ("Det Insp Rosa Kettering said officers had traced the van to a yard in Deptford.\n\n"
            "A reporter asked whether an arrest was close.\n\n"
            "\"I won't guess at that,\" she replied.\n")
    assert speaker(text, "guess at that").name == "Rosa Kettering"


def test_he_who_replies_to_a_question_put_to_him_by_name_is_not_the_asker():
    text = ("Coach Bruno Alves praised his defence.\n\n"
            "A reporter asked Alves whether he would rest the captain.\n\n"
            "\"Not a chance,\" he replied.\n")
    assert speaker(text, "Not a chance").name == "Bruno Alves"
