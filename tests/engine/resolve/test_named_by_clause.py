"""Someone brought in by description and named in a clause is called by that name: a person named in a
clause right after it ("who goes by the single name Suresh", "known only as Joko", "who gave his name
only as Musa"), anyone by what they call themselves ("a criminal group calling itself RedMarten")
(resolve/named_by_clause.py)."""
from said_by import source_of, speaker_of


def test_one_name_given_in_a_clause_names_the_person():
    text = ("The yard employs four craftsmen. The head joiner, who goes by the single name Prakash, says the "
            "work is the same everywhere. \"Teak does not know what country it is in.\"")
    assert speaker_of(text, "work is the same") == "Prakash"
    assert speaker_of(text, "Teak does not know") == "Prakash"


def test_known_only_as_and_gave_his_name_as():
    text = "The fisherman, known only as Wayan, said the catch had fallen by half."
    assert speaker_of(text, "catch had fallen") == "Wayan"
    text = "The driver, who gave his name only as Ibrahim, said the road had been closed since dawn."
    assert speaker_of(text, "road had been closed") == "Ibrahim"


def test_a_clause_that_names_no_one_leaves_the_description():
    text = "The minister, who spoke in Lagos, said the road was open."
    s = source_of(text, "road was open")
    assert not s.named and "minister" in s.name.lower()


def test_a_role_who_goes_by_a_name_is_that_person():
    text = ("The yard employs four craftsmen. The head carpenter, who goes by the single name Ravi, "
            "says the work is the same everywhere.")
    source = source_of(text, "same everywhere")
    assert source.name == "Ravi" and source.kind == "person"


def test_a_role_known_as_a_name_is_that_person():
    text = "The night guard, who is known as Tonio, said the gate had been left open."
    assert speaker_of(text, "left open") == "Tonio"


def test_a_role_whose_clause_names_a_place_stays_the_role():
    text = "The head carpenter, who came from Kerala in 2009, says the work is the same everywhere."
    assert speaker_of(text, "same everywhere") == "head carpenter"



def test_a_group_calling_itself_a_name_goes_by_it():
    text = ("A criminal group calling itself RedMarten claimed on its leak site on Sunday that it had taken "
            "payroll files from the council.\n")
    assert speaker_of(text, "it had taken payroll files") == "RedMarten"


def test_a_relative_clause_naming_the_gang_names_it():
    text = ("A gang that calls itself the Night Herons said in a video that it would keep the road closed "
            "until the mayor resigned.\n")
    assert speaker_of(text, "keep the road closed") == "Night Herons"
