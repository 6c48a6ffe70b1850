""""A police officer told the court … Constable Jane Doe, 31, …": a lede's general rank word
(roles.json rank_families) is the person the next sentence opens on under a rank it covers, with
their age; an officer who asked not to be named stays unnamed."""
from said_by import speaker_of


def test_a_police_officer_is_the_constable_named_next():
    text = ("A police officer accused of assaulting a prisoner told a magistrate on Tuesday that the "
            "prisoner had fallen in his cell.\n\n"
            "Sergeant Anil Ramdass, 44, is charged with assault occasioning actual bodily harm.\n")
    assert speaker_of(text, "fallen in his cell") == "Anil Ramdass"


def test_an_officer_kept_unnamed_is_not_the_sergeant_named_next():
    text = ("An officer, who asked not to be named, said the prisoner had fallen in his cell.\n\n"
            "Sergeant Anil Ramdass, 44, was not on duty that night.\n")
    assert speaker_of(text, "fallen in his cell") != "Anil Ramdass"
