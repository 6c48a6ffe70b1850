""""A statement was read on behalf of the miners' widows by their lawyer. “…,” it said": words
written for someone and read out by another are the words of the one they were written for.
Sentences written for the test."""
from said_by import speaker_of


def test_it_after_a_statement_read_on_behalf_of_someone_is_that_someone():
    text = ("Outside the inquest, a statement was read on behalf of Corinne Vallet by her lawyer, Idris Mostyn. "
            "\"My brother went to work and never came home,\" it said.\n")
    assert speaker_of(text, "never came home") == "Corinne Vallet"


def test_a_statement_read_out_on_his_behalf_is_the_man_named_before():
    text = ("Transport Minister Arnaud Peltier did not attend the opening. A statement read out on his "
            "behalf by his aide, Tomas Kerrigan, said the line would run hourly from June.\n")
    assert speaker_of(text, "run hourly") == "Arnaud Peltier"


def test_a_tribute_written_by_one_and_read_by_another_is_the_writers():
    text = ("His niece, Orla Brannigan, spoke of his garden. At the service, a tribute written by Orla was "
            "read by the curate, Fr Liam Duggan. \"He grew roses for the whole street,\" it said.\n")
    assert speaker_of(text, "grew roses") == "Orla Brannigan"


def test_the_reader_speaking_later_in_their_own_words_is_the_reader():
    text = ("A statement was read on behalf of Corinne Vallet by her lawyer, Idris Mostyn.\n\n"
            "Idris Mostyn said later that the hearing would resume in May.\n")
    assert speaker_of(text, "hearing would resume") == "Idris Mostyn"


def test_her_behalf_is_not_a_man_titled_mr():
    text = ("Ms Bethan Rhys-Owen sat beside Mr Alun Pryce. A statement read on her behalf by a friend "
            "said she would appeal.\n")
    assert speaker_of(text, "would appeal") == "Bethan Rhys-Owen"


def test_who_after_the_reader_is_the_reader():
    text = ("A statement was read on behalf of Corinne Vallet by her lawyer, Idris Mostyn, who said the "
            "hearing would resume in May.\n")
    assert speaker_of(text, "hearing would resume") == "Idris Mostyn"


def test_the_reader_as_subject_speaks_for_themself():
    text = ("Idris Mostyn, who read a statement on behalf of Corinne Vallet, said later that the hearing "
            "would resume in May.\n")
    assert speaker_of(text, "hearing would resume") == "Idris Mostyn"


def test_someone_else_speaking_after_the_reading_speaks_for_themself():
    text = ("After a statement was read on behalf of the Vallet family, the coroner, Hywel Pugh, said the "
            "death was accidental.\n")
    assert speaker_of(text, "death was accidental") == "Hywel Pugh"
