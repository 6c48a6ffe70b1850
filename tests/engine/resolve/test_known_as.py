from said_by import speaker_of


def test_someone_who_asked_to_be_known_by_a_name_is_that_name():
    text = ("Tutors at the centre were paid in cash.\n\n"
            "One mother, who wanted to be known only as Mrs Lim, said her daughter had lost a term of "
            "lessons.")
    assert speaker_of(text, "lost a term of lessons") == "Mrs Lim"


def test_someone_who_gave_only_a_first_name():
    text = ("The factory closed without notice.\n\n"
            "One worker, who would give only her first name, Sunita, said wages had not been paid since May.")
    assert speaker_of(text, "wages had not been paid") == "Sunita"
