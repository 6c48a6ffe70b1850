"""A headline's role source, and a headline's "court told", are the person the story names."""
from said_by import speaker_of

TRIAL = ("Former parish bookkeeper denies taking £90,000 from church roof fund\n\n"
         "A former bookkeeper of St Aldric's parish denied at Harrowfield Crown Court on Monday that she had "
         "taken more than £90,000 from the roof appeal.\n\n"
         "Maureen Ashdown, 64, of Tanner Street, faces six counts of fraud.")


def test_the_headline_role_is_the_person_the_lede_names_in_it():
    assert speaker_of(TRIAL, "taking £90,000") == "Maureen Ashdown"


def test_a_headline_role_no_one_in_the_lede_holds_stays_a_role():
    text = ("Former parish bookkeeper denies taking £90,000 from church roof fund\n\n"
            "The parish council met on Monday to discuss the roof appeal. Maureen Ashdown, 64, chaired it.")
    assert speaker_of(text, "taking £90,000") != "Maureen Ashdown"


def test_court_told_is_the_one_who_told_the_jury():
    text = ("Bookkeeper took £90,000 from church roof fund, court told\n\n"
            "A jury at Harrowfield Crown Court heard the case yesterday.\n\n"
            "Opening for the Crown, Daniel Okoye told jurors that the money had been spent on holidays.")
    assert speaker_of(text, "Bookkeeper took") == "Daniel Okoye"


def test_court_told_with_no_one_telling_the_jury_stays_the_court():
    text = ("Bookkeeper took £90,000 from church roof fund, court told\n\n"
            "Maureen Ashdown, 64, denies six counts of fraud. Daniel Okoye said the trial would last a week.")
    assert speaker_of(text, "Bookkeeper took") != "Daniel Okoye"
