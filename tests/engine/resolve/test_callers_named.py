"""Radio and television phone-ins: a caller (listener, viewer) brought in by what they are and named
in the clause beside them ("who identified himself as …", "who gave her name as …") is that name."""
import pytest

from said_by import speaker_of

CALLERS = [
    ("The minister spoke on the station's morning phone-in on Monday. One caller to the programme, who "
     "identified himself as Joseph Banda of Area 25, said the water board had ignored his complaints.",
     "ignored his complaints", "Joseph Banda"),
    ("On the call-in show, a caller who gave her name only as Sister Mavis said the market had flooded "
     "twice this year.", "the market had flooded", "Mavis"),
    ("A listener, who introduced herself as Grace Tembo, said the fees were too high.",
     "the fees were too high", "Grace Tembo"),
    ("A viewer who identified herself as Mrs. Olu Adebayo said the broadcast had been cut.",
     "the broadcast had been cut", "Olu Adebayo"),
]


@pytest.mark.parametrize("text, words, name", CALLERS)
def test_a_caller_named_in_the_clause_beside_them(text, words, name):
    assert name in speaker_of(text, words)


def test_a_caller_described_as_what_they_do_stays_unnamed():
    # "described himself as a farmer" gives what he is, not a name
    text = "A caller, who described himself as a farmer, said the rains had failed."
    assert "farmer" not in speaker_of(text, "the rains had failed").split()[0]
