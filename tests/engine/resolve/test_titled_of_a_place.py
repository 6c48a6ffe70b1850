"""A title, a name and the place the title is of ("Lord Penhallow of Truro", "Baroness Quayle of
Ramsey"), which UK outlets write for peers: a person called by that name, not a body named "… of
…" as "Bank of England" is; a "he" after it is that person."""
from tests.engine.resolve.said_by import source_of, speaker_of

PEER = ("Lord Penhallow of Truro, who chaired the harbour board for a decade, said the dredging plan was "
        "years late. He said the board had been warned in 2016.")


def test_a_peer_with_his_seat_is_a_person():
    source = source_of(PEER, "dredging plan")
    assert source.kind == "person" and source.name == "Penhallow"


def test_a_pronoun_after_the_peer_is_him():
    assert speaker_of(PEER, "had been warned") == "Penhallow"


def test_a_body_named_of_a_place_stays_a_body():
    text = "The Bank of Kernow said the dredging plan was years late."
    assert source_of(text, "dredging plan").kind == "organization"
