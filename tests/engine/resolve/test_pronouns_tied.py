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


HEARING = (
    "CAPE TOWN — By her second day in the witness box, the tribunal had grown used to Thandiwe "
    "Mokoena's long answers.\n\n"
    "Mokoena said the order to reopen the bids came in a phone call she did not record. Dr Thabo "
    "Mokoena, no relation, ran the department at the time.\n\n"
    "\"He was very clear about which firm he wanted,\" Mokoena said.\n\n"
    "Dr Mokoena, who appeared before the tribunal in May, has denied making the call.\n")


def test_a_bare_surname_of_one_sex_is_not_joined_by_a_full_name_of_the_other():
    # "Mokoena" takes Thandiwe's sex from her full name; Thabo Mokoena is someone else
    assert speaker_of(HEARING, "which firm he wanted") != "Thabo Mokoena"


def test_a_title_written_before_the_full_name_picks_its_bearer():
    assert speaker_of(HEARING, "making the call", "deny") == "Thabo Mokoena"


def test_the_elder_before_a_possessive_surname_picks_the_elder_of_the_family():
    from sourcetrace import analyze
    text = ("Some shareholders were unhappy. Tan Sri Ong Beng Kiat, whose family holds 7 per cent of the "
            "group, told the meeting that the board had \"gambled the inheritance\". His son, Ong Wei Liang, "
            "said only that the family would wait for results.\n\n"
            "The chairman smiles when the elder Ong's remark is read out.\n")
    r = analyze(text)
    elder = next(s for s in r.sources if s.name == "Ong Beng Kiat")
    assert any(x.text.startswith("Ong") and x.start > text.index("elder") for x in elder.mentions)
