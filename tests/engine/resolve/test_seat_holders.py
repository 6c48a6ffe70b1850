""""Jasleen Bhatt-Morrison, the MPP for Hamilton Centre, said": where the parser leaves the cue with
no subject, the name right before it may be the seat the post is for; the speaker is the person
the post is set beside. Sentences written for the test."""
from said_by import speaker_of


def test_the_member_for_a_seat_is_the_speaker_not_the_seat():
    text = ("TORONTO — The province capped rent increases on Thursday.\n\n"
            "NDP housing critic Marisol Ferreira-Banks, the MPP for Hamilton Mountain, said the cap was "
            "\"a start\" but still far above the limit for most tenants.\n")
    assert speaker_of(text, "the cap was") == "Marisol Ferreira-Banks"


def test_the_seat_after_a_post_the_parser_read_as_a_second_name():
    text = ("Speaking to journalists in the lobby, Alhaji Seidu, MP for Tamale North, said the levy "
            "would \"punish the traders\".\n")
    assert speaker_of(text, "the levy") == "Alhaji Seidu"
