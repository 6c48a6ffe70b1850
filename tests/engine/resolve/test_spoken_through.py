"""Words said through someone are that someone's: "The petitioners, through their advocate Mr
Otieno Ochieng, had argued that …" is the advocate speaking; through someone not named ("through a
spokeswoman") or through a thing, the words stay with whom they speak for."""
from said_by import speaker_of


def test_through_a_named_advocate_the_advocate_speaks():
    text = ("The petitioners, through their advocate Mr Kamau Njoroge, had argued that many of the families "
            "had lived on the land since 1987.")
    assert speaker_of(text, "lived on the land") == "Kamau Njoroge"


def test_through_a_spokeswoman_not_named_the_principal_speaks():
    text = ("The county attorney, Renee Maddox, said through a spokeswoman that her office did not comment "
            "on advice given to commissioners.")
    assert speaker_of(text, "did not comment on advice") == "Renee Maddox"


def test_through_a_thing_the_subject_speaks():
    text = "The petitioners, through a written submission, argued that the families had lived on the land since 1987."
    assert speaker_of(text, "lived on the land") == "petitioners"


def test_what_is_argued_through_a_named_lawyer_is_the_lawyers():
    text = ("The petitioners, through their advocate Mr Kevin Achieng, had argued that the families had lived "
            "on the land since 1987.")
    assert speaker_of(text, "lived on the land") == "Kevin Achieng"
    text = "The company, through its spokesperson Peter Kamau, said the plant would close."
    assert speaker_of(text, "plant would close") == "Peter Kamau"


def test_through_its_members_names_no_agent():
    text = "The union, through its members, said the strike would go on."
    assert speaker_of(text, "strike would go on") == "union"
