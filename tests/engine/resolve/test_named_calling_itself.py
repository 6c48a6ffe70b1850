""""A criminal group calling itself RedMarten claimed …": whoever is brought in by description and
named by what they call themselves goes by that name."""
from said_by import speaker_of


def test_a_group_calling_itself_a_name_goes_by_it():
    text = ("A criminal group calling itself RedMarten claimed on its leak site on Sunday that it had taken "
            "payroll files from the council.\n")
    assert speaker_of(text, "it had taken payroll files") == "RedMarten"


def test_a_relative_clause_naming_the_gang_names_it():
    text = ("A gang that calls itself the Night Herons said in a video that it would keep the road closed "
            "until the mayor resigned.\n")
    assert speaker_of(text, "keep the road closed") == "Night Herons"
