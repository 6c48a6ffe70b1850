"""A quote that opens on "he" about a relative just introduced is the earlier speaker's, not the relative's."""
from said_by import speaker_of


def test_a_son_speaking_of_his_father():
    text = ("Burglars took the medals from Albert Crane's home on Sunday. \"I just want Dad's medals back,\" "
            "Mr Crane said.\n\n"
            "His father, Sergeant Walter Crane, was awarded the Military Medal in 1943. "
            "\"He never talked about the war, but he polished those medals every November,\" he said.")
    assert speaker_of(text, "He never talked about the war") == "Albert Crane"


def test_someone_not_a_relative_may_say_he_of_another():
    text = ("Dana Whitby said the vote would be close.\n\n"
            "Tom Hale, the opposition leader, was asked about the mayor. \"He has no plan,\" he said.")
    assert speaker_of(text, "He has no plan") == "Tom Hale"


def test_a_trade_that_is_also_a_word_for_a_firm_recalls_the_person_so_described():
    text = ("The Corliss Food Pantry said in a statement that it had rebuilt its controls.\n\n"
            "Longtime volunteer Hector Ruiz, 70, a retired mail carrier, sat in the front row.\n\n"
            "\"I just want the shelves full again,\" the retired mail carrier said afterward.")
    assert speaker_of(text, "the shelves full again") == "Hector Ruiz"


def test_the_firm_word_with_no_one_so_described_is_still_the_firm():
    text = ("Harrow Freight Ltd said its drivers would strike.\n\n"
            "\"We regret the disruption,\" the carrier said.")
    assert speaker_of(text, "We regret the disruption") == "Harrow Freight"


def test_the_founder_is_not_the_co_founder():
    text = ("Five years ago, Kasia Dunmore was making oat yoghurt in a church kitchen. \"I had a recipe,\" "
            "Dunmore said.\n\n"
            "Her co-founder, Leila Haddad, joined in 2020. \"I told her the packaging was a disaster,\" Haddad said.\n\n"
            "Dunmore laughs at the memory. \"She was right, which was annoying,\" the founder said.")
    assert speaker_of(text, "She was right") == "Kasia Dunmore"
