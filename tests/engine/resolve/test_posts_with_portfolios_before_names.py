"""A post with its portfolio before a name ("State Minister of Fisheries Kamal Perera"), or set
before the name after a comma and an honorific ("the Minister for Mines, Hon. Peter Aiwa, MP"),
is that person's: a later "the State Minister", "the Minister" is them (resolve/post_holders.py)."""
from said_by import speaker_of


def test_a_post_of_a_portfolio_before_the_name():
    text = ("State Minister of Fisheries Kamal Perera told Parliament on Monday that a new harbour "
            "would open in Galle.\n\n"
            "Opposition MP Sunil Jayawardena Silva asked why the work had stalled. \"We were promised "
            "this twice,\" he said.\n\n"
            "The State Minister said the dredging contract had been awarded.")
    assert speaker_of(text, "dredging contract") == "Kamal Perera"


def test_a_post_of_a_portfolio_with_an_honorific_before_the_name():
    text = ("Minister for Trade and Industry Hon. Beatrice Lungu opened the fair on Friday.\n\n"
            "The Minister said exporters would get cheaper credit from January.")
    assert speaker_of(text, "cheaper credit") == "Beatrice Lungu"


def test_a_post_before_a_comma_an_honorific_and_the_name():
    text = ("The road was opened at a ceremony in Lae attended by the Minister for Works, Hon. "
            "Peter Aiwa Tomare, MP, provincial officials and church leaders.\n\n"
            "The Minister said the second phase would reach the highlands by 2028.")
    assert speaker_of(text, "second phase") == "Peter Aiwa Tomare"


def test_a_post_of_a_district_before_a_comma_an_honorific_and_the_name():
    text = ("Electoral District #4 Representative, Hon. Morris T. Kollie, visited the clinic on "
            "Tuesday.\n\n"
            "\"The Representative said the roof would be fixed,\" a nurse said.")
    assert speaker_of(text, "roof would be fixed") == "Morris T. Kollie"



def test_a_post_with_its_portfolio_before_its_holder_is_named_with_it():
    text = ("By Staff Reporter\n\n"
            "The House passed the Water Levy Bill, which the Minister of Energy and Water Development "
            "says will raise K2 billion next year.\n\n"
            "Opposition member Hon. Bupe Kasonde Lungu said the levy would hurt farmers.\n\n"
            "Minister of Energy and Water Development Hon. Chanda Mwamba Tembo, winding up debate, "
            "said the money would be ring-fenced.")
    assert speaker_of(text, "will raise K2 billion") == "Chanda Mwamba Tembo"


def test_a_portfolio_of_several_fields_listed_with_commas():
    text = ("BELGRADE, March 3 (Tanjug) - Minister of Lands, Housing, Transport and Urban "
            "Development Dragan Petrović on Tuesday presented a bill on rents to the parliamentary committee.\n\n"
            "Committee chair Ivan Babić Perić said the bill came too late.\n\n"
            "\"Rents have doubled in five years,\" the minister said.")
    assert speaker_of(text, "Rents have doubled") == "Dragan Petrović"


def test_a_portfolio_of_a_country_s_ministry():
    text = ("The plant opened on Friday.\n\n"
            "Deputy Minister of Industry of the Republic of Moldova Andrei Victor Rusu, who attended "
            "the opening, praised the investors.\n\n"
            "Plant manager Elena Munteanu Popa said 300 people would be hired.\n\n"
            "\"Exports will double,\" the Deputy Minister said.")
    assert speaker_of(text, "Exports will double") == "Andrei Victor Rusu"


def test_a_portfolio_after_for_is_no_part_of_a_name_joined_at_a_link():
    text = ("Cabinet Secretary for Housing Angharad ferch Ifan said the new homes would be built by 2028.")
    assert speaker_of(text, "new homes") == "Angharad ferch Ifan"
