"""A body called as a facility's owner or operator is the one named body whose name holds the
facility's name (resolve/facility_owners.py)."""
from said_by import source_of


def _said(text: str, words: str) -> tuple[str, bool]:
    source = source_of(text, words)
    return source.name, source.named


def test_the_mines_operator_is_the_body_named_after_the_mine():
    text = ("Nickel prices rose on Monday after a flood at Indonesia's Sorowako Raya mine, and the mine's "
            "operator said output would fall by a third. Analyst Dewi Lestari of Mandala Securities said the "
            "market was tight. PT Sorowako Raya Nikel said repairs would take a month.")
    assert _said(text, "output would fall") == ("PT Sorowako Raya Nikel", True)


def test_the_hotels_owner_is_the_group_named_after_the_hotel():
    text = ("Fire gutted the Blue Lagoon hotel in Crete overnight. The hotel's owner said no guests were hurt. "
            "Fire chief Nikos Pappas said the blaze began in the kitchen. Blue Lagoon Resorts Ltd, which also "
            "runs two hotels in Rhodes, has been fined before, and Helios Travel cancelled its bookings.")
    assert _said(text, "no guests were hurt") == ("Blue Lagoon Resorts", True)


def test_two_bodies_holding_the_facilitys_name_leave_it():
    text = ("Workers walked out at the Kamoto North mine on Friday, and the mine's operator said talks would "
            "resume. Kamoto North Mining and Kamoto North Holdings both own stakes. Union leader Jean Mbuyi "
            "said the strike would go on.")
    assert _said(text, "talks would resume")[0] not in ("Kamoto North Mining", "Kamoto North Holdings")
