"""A name near a speaker is not always the speaker's: a husband's title before his wife, the
client named beside the lawyers, the patient beside the family, a leader at another body."""
from said_by import speaker_of

COUPLE = ("Ward councillor Peter Lusk said the footbridge had been neglected for a decade.\n\n"
          "Mr Lusk's wife, Irene, a retired engineer, said she had reported the cracks in 2019. "
          "'Nobody came to look,' Mrs Lusk said.\n")


def test_the_husbands_title_does_not_make_the_wife_a_man():
    assert speaker_of(COUPLE, "reported the cracks") == "Irene Lusk"


def test_mrs_and_the_shared_surname_is_the_wife():
    assert speaker_of(COUPLE, "Nobody came to look") == "Irene Lusk"


def test_mr_and_the_shared_surname_is_still_the_husband():
    text = COUPLE + "\n'We will keep asking,' Mr Lusk said.\n"
    assert speaker_of(text, "keep asking") == "Peter Lusk"


def test_lawyers_for_a_named_client_are_not_the_client():
    text = "Lawyers for the buyer, Tamsin Hale, said the price was fair.\n"
    assert speaker_of(text, "price was fair") != "Tamsin Hale"


def test_the_family_of_a_named_patient_is_not_the_patient():
    text = "The family of the patient, 80-year-old Arthur Penn, said they were still waiting for answers.\n"
    assert speaker_of(text, "still waiting") != "Arthur Penn"


def test_one_lawyer_named_beside_the_client_is_still_the_lawyer():
    text = "The barrister for Kenneth Daly, Fiona Greaves, said he would appeal.\n"
    assert speaker_of(text, "would appeal") == "Fiona Greaves"


LEADERS = ("The leader of Brockton Council has denied that the depot sale was agreed in secret.\n\n"
           "Opposition group leader Hugh Marr insisted the council had questions to answer.\n")


def test_a_leader_is_not_the_leader_of_another_named_body():
    assert speaker_of(LEADERS, "agreed in secret") != "Hugh Marr"


def test_a_leader_named_later_at_the_same_body_is_still_found():
    text = ("The leader of Brockton Council has denied that the depot sale was agreed in secret.\n\n"
            "Brockton Council leader Hugh Marr said every step had been minuted.\n")
    assert speaker_of(text, "agreed in secret") == "Hugh Marr"
