"""A lede's unnamed "a county prosecutor" is the person named next under another name for the same
post ("Assistant District Attorney …", roles.json), never someone named under another post."""
from said_by import speaker_of


LEDE = ("A former bookkeeper stole $90,000 from a church fund over four years, a Tellford County prosecutor "
        "told jurors Tuesday.\n\n"
        "Nora Vance, 52, of Millbrook, has pleaded not guilty to theft.\n\n"
        "{named} said in her opening statement that Vance had forged the pastor's signature.\n")


def test_a_prosecutor_is_the_assistant_district_attorney_named_next():
    text = LEDE.format(named="Assistant District Attorney Helen Okoro")
    assert speaker_of(text, "church fund") == "Helen Okoro"


def test_a_prosecutor_is_not_a_defence_lawyer_named_next():
    text = LEDE.format(named="Defense attorney Helen Okoro")
    assert speaker_of(text, "church fund") != "Helen Okoro"


def test_an_assistant_district_attorney_is_still_the_prosecutor_the_story_refers_to():
    text = ("Assistant District Attorney Helen Okoro told jurors that the bookkeeper forged cheques.\n\n"
            "The prosecutor said the church had lost its savings.\n")
    assert speaker_of(text, "lost its savings") == "Helen Okoro"


def test_the_prime_minister_is_not_a_minister_named_later():
    text = ("The government of Prime Minister Aurelio Vaz Neto survived a censure vote on Friday.\n\n"
            "\"Today democracy won,\" the prime minister told reporters.\n\n"
            "Earlier, the Minister of Planning, Dra. Olinda Mendes Pires, said the fuel rise could not be undone.")
    assert speaker_of(text, "Today democracy won") == "Aurelio Vaz Neto"
