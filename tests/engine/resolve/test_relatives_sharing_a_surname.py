"""Relatives who share a surname stay apart: "the elder X" is the one introduced as the other's
parent even with a title between ("His father, MUDr. …"), and a bare Flemish surname that opens on
its particle ("Vanden Broucke") is the principal's, not the relative's last seen."""
from said_by import speaker_of

FATHER_AND_SON = ("In the chamber, Petr Novotný, a 29-year-old deputy and junior doctor, said the freeze would "
                  "drive doctors abroad. His father, MUDr. Karel Novotný, a senator for the governing party, told "
                  "the radio that his son was right about the doctors.\n\nThe two men have not discussed the "
                  "budget in private, the elder Novotný said.\n")

RIDER_AND_FATHER = ("Wout Vander Elst won the race on Sunday with a long solo attack.\n\n\"I didn't plan it,\" "
                    "Vander Elst said.\n\nHis father, Dirk Vander Elst, who finished second in 1996, was waiting. "
                    "\"He rode like his grandmother drove,\" the elder Vander Elst said.\n\nVander Elst declined "
                    "to comment on the suspension of his former team-mate.\n")


def test_the_elder_is_the_one_introduced_as_father_past_his_title():
    assert speaker_of(FATHER_AND_SON, "have not discussed") == "Karel Novotný"


def test_a_bare_surname_opening_on_a_flemish_particle_is_the_principals():
    assert speaker_of(RIDER_AND_FATHER, "suspension") == "Wout Vander Elst"
    assert speaker_of(RIDER_AND_FATHER, "grandmother") == "Dirk Vander Elst"
