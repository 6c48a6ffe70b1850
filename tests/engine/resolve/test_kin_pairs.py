"""A group called only by its kinship ("father and son", "both sisters") is the two people the text
names as kin of each other ("Kenneth Daly, 58, and his son Ryan Daly"); with two such pairs, neither."""
from said_by import speaker_of


SISTERS = ("Ruth Penrose, 61, and her younger sister Alice Penrose, 57, have run the tearoom since 1990.\n\n"
           "Ruth Penrose said the rent had doubled. \"We cannot go on,\" she said.\n\n"
           "Both sisters say the landlord never answered their letters.\n")


def test_both_sisters_are_the_two_sisters_named():
    assert speaker_of(SISTERS, "never answered") == "Ruth Penrose and Alice Penrose"


def test_sisters_are_nobody_named_where_two_pairs_of_sisters_are_named():
    text = SISTERS.replace("Ruth Penrose said", "Jane Hollis, 40, and her sister Mary Hollis run the bakery. "
                                                 "Ruth Penrose said")
    assert speaker_of(text, "never answered") not in ("Ruth Penrose and Alice Penrose", "Jane Hollis and Mary Hollis")


def test_a_group_of_sisters_with_no_pair_named_keeps_its_words():
    text = ("The council will close the tearoom in May.\n\n"
            "Both sisters say the landlord never answered their letters.\n")
    assert "sisters" in speaker_of(text, "never answered").lower()


def test_a_headline_father_and_son_are_the_father_and_son_named():
    text = ("Father and son deny roles in roofing fraud\n\n"
            "A father and son accused of taking deposits for roofs they never built denied the charges as "
            "their trial opened on Monday.\n\n"
            "Colin Marsh, 60, and his son Dean Marsh, 33, both of Elm Road, deny fraud.\n")
    assert speaker_of(text, "roles") == "Colin Marsh and Dean Marsh"
