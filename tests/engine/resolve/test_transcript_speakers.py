"""A transcript labelled by initials ("KL: …") after "She sat down with WKRV's Kevin Lorne": the
initials are Kevin Lorne; "you" as a source in his question is whom he asks, the one who answers."""
from said_by import source_of as speaker

TRANSCRIPT = ("Q&A: Outgoing harbour master Inez Caldera on her last season\n\n"
              "After 30 years, harbour master Inez Caldera retires on Friday. She sat down with "
              "KPRT's Kevin Lorne before her final shift.\n\n"
              "KL: You've said publicly that the harbour is short of pilots. How short?\n\n"
              "Caldera: We run three boats that were built for five crews.\n\n"
              "KL: What comes next?\n\n"
              "Caldera: Fishing. And sleep.\n")


def test_initials_are_the_person_named_in_full_with_them():
    assert speaker(TRANSCRIPT, "What comes next").name == "Kevin Lorne"


def test_you_in_a_question_is_the_one_who_answers():
    assert speaker(TRANSCRIPT, "the harbour is short of pilots").name == "Inez Caldera"


def test_initials_of_two_people_name_neither():
    text = TRANSCRIPT.replace("before her final shift.", "before her final shift, with producer Kate Lund.")
    assert speaker(text, "What comes next").name not in ("Kevin Lorne", "Kate Lund")
