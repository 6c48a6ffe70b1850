"""Welsh names joined by "ap"/"ab" (son of) or "ferch"/"verch" (daughter of): "Iwan ab Owain" is one
person though the tagger took him for a body, and "Mr ap Rhys" later is "Dafydd ap Rhys", not the
news agency the letters "ap" spell."""
from tests.engine.resolve.said_by import speaker_of

PIER = ("The chair of the harbour trust, Iwan ab Owain, said the pier would reopen in May. Cllr Sian Morgan, "
        "who leads the council, said the money was not yet there.\n\n"
        "Mr ab Owain said the trust had raised £2m, and he accused the council of delay.")

FARM = ("Dafydd ap Rhys, who farms near Bala, said the new rules would cost him £3,000 a year. The minister, "
        "Elin Jones, said the scheme was fair.\n\n"
        "\"We cannot keep going like this,\" Mr ap Rhys said.")


def test_a_name_joined_by_ab_is_one_person():
    assert speaker_of(PIER, "the pier would reopen") == "Iwan ab Owain"


def test_mr_and_the_link_is_the_person_named_in_full():
    assert speaker_of(PIER, "the trust had raised") == "Iwan ab Owain"
    assert speaker_of(FARM, "keep going like this") == "Dafydd ap Rhys"
