"""A full name whose given name is of the other sex than the pronouns already tied to a bare
surname is someone else of that family (resolve/pronouns_tied.py)."""
from said_by import speaker_of

OBITUARY = (
    "Mercer, who baked bread on Dock Street for four decades, died Sunday. She was 91.\n\n"
    "Mercer opened the bakery in 1979 with a borrowed oven and a loan from her church, and within a few "
    "years the queue outside its door on Saturday mornings had become a fixture of the harbor town. She "
    "baked every loaf herself until she was 80, rising at three each morning, and she kept the recipes in "
    "a tin box under the counter that no one else was allowed to open, not even the apprentices she "
    "trained over the years.\n\n"
    "\"She said bread was the only honest thing left,\" said her nephew, Colin Tate, 58. "
    "\"She said it every single morning.\"\n\n"
    "Her husband of 60 years, Walter Mercer, died in 2015.\n")


def test_a_husband_named_later_is_not_the_she_of_the_surname():
    assert speaker_of(OBITUARY, "bread was the only honest thing left") != "Walter Mercer"


def test_a_full_name_of_the_same_sex_still_joins_the_surname():
    text = OBITUARY.replace("Her husband of 60 years, Walter Mercer, died in 2015.",
                            "Ada Mercer was buried beside her parents on Friday.")
    assert speaker_of(text, "bread was the only honest thing left") in ("Mercer", "Ada Mercer")
