"""A headline's role source ("Ontario housing minister denies …", "Nurses' union head says …") is
the person the lede then has speak, or names with a post of that kind at the body the headline
names; someone else named next with a post of their own is not."""
from said_by import source_of as speaker


DENIAL = ("Riverland transport minister denies ordering ferry contract review\n\n"
          "Riverland's transport minister is denying that he ordered a review of the ferry contract.\n\n"
          "\"Nobody in my office asked for that review,\" Tobias Frellick told reporters on Monday.\n")


def test_the_headline_role_is_the_person_who_next_speaks_in_the_first_person():
    assert speaker(DENIAL, "ordering ferry contract review").name == "Tobias Frellick"


def test_the_lede_role_goes_with_the_headline_to_the_same_person():
    assert speaker(DENIAL, "he ordered a review").name == "Tobias Frellick"


def test_someone_named_next_with_a_post_of_their_own_is_not_the_role():
    text = DENIAL.replace("Tobias Frellick told", "Opposition leader Tobias Frellick told")
    assert speaker(text, "ordering ferry contract review").name != "Tobias Frellick"


def test_someone_named_next_who_does_not_speak_as_the_role_is_not_it():
    text = ("Riverland transport minister denies ordering ferry contract review\n\n"
            "Riverland's transport minister is denying that he ordered a review of the ferry contract.\n\n"
            "The contract was signed by Tobias Frellick, who retired in 2022.\n")
    assert speaker(text, "ordering ferry contract review").name != "Tobias Frellick"


INTERVIEW = ("Nurses' union head says wards 'cannot hold' another winter\n\n"
             "The Harbour Courier spoke with Maren Ostby, president of the Coastal Nurses' Federation, "
             "about staffing. The interview has been edited for length.\n\n"
             "Q: How bad is it?\n\nA: Worse than last year. We have forty vacancies on the medical wards.\n\n"
             "Q: Will the new contract help?\n\nA: Only if it is funded. A promise is not a nurse.\n")


def test_a_post_of_the_same_kind_at_a_body_the_headline_names_is_the_headline_role():
    assert speaker(INTERVIEW, "cannot hold").name == "Maren Ostby"


def test_a_post_at_a_body_the_headline_does_not_name_is_not_the_headline_role():
    text = INTERVIEW.replace("Coastal Nurses' Federation", "Coastal Ferry Company")
    assert speaker(text, "cannot hold").name != "Maren Ostby"


def test_the_name_a_headline_role_takes_is_written_as_the_text_writes_it():
    text = ("Harbour town mayor says port rebuilt 'with our own hands'\n\n"
            "Two years after the storm, Mayor Anna Lisa \"Annie\" Ocampo-Reyes of San Roque still keeps a "
            "basin on a shelf in her office.\n\n\"I keep it so I don't forget,\" Ocampo-Reyes told the Courier.")
    assert speaker(text, "with our own hands").name == "Anna Lisa Ocampo-Reyes"


def test_the_role_said_of_a_named_subject_is_theirs():
    text = ("'The river never waited for anyone,' outgoing coroner says\n\n"
            "PORT ELWIN — Tomasz Wierzbicki keeps a tide table pinned above his desk.\n\n"
            "\"I still check it every morning,\" he said.\n\n"
            "Mr. Wierzbicki, 66, was first appointed Elwin County coroner in 1998.\n")
    assert speaker(text, "The river never waited").name == "Tomasz Wierzbicki"


def test_the_role_after_as_in_a_relative_clause_is_its_noun():
    text = ("'We built this pier twice,' retiring coroner says\n\n"
            "PORT ELWIN — The town's longest-serving official is leaving.\n\n"
            "It falls to Tomasz Wierzbicki, who was named as coroner in 1998, to hand over the keys.\n")
    assert speaker(text, "We built this pier twice").name == "Tomasz Wierzbicki"


def test_an_indonesian_regent_in_the_headline_is_the_regent_the_lede_names():
    text = ("Lembah regent says rice stocks will last two weeks\n\n"
            "SENTANI - Lembah Regent Yosias Kogoya told reporters that six evacuation posts were open.")
    assert speaker(text, "rice stocks").name == "Yosias Kogoya"
