"""A body the text calls a firm ("mining company Mineração Horizonte", "Tiri Gold, a mining
company") is a firm, whatever the tagger made of its foreign words, and "the company" later is it;
a body the text calls a union ("The miners' union, Sindiferro") is never "the company"."""
from said_by import source_of, speaker_of

STRIKE = ("Some 3,200 workers at the Serra Verde iron ore complex went on strike on Monday, after mining "
          "company Mineração Planalto refused to improve its offer.\n\n"
          "The miners' union, Sindiferro, said its members would stay out until the bonus was restored.\n\n"
          "Mineração Planalto said in a statement that the offer was above inflation. The company denied "
          "union claims that it had hired replacement workers, saying no outside contractors had entered the site.")


def test_the_company_is_the_body_the_text_called_a_company():
    assert speaker_of(STRIKE, "hired replacement workers", "deny") == "Mineração Planalto"
    assert speaker_of(STRIKE, "no outside contractors") == "Mineração Planalto"


def test_a_body_called_a_company_speaks_as_a_body():
    assert source_of(STRIKE, "above inflation").kind == "organization"


def test_the_union_keeps_its_own_words():
    assert speaker_of(STRIKE, "stay out until") == "Sindiferro"


def test_the_company_is_never_a_body_called_a_union():
    text = ("Miners at the Serra Verde pit went on strike on Monday.\n\n"
            "The miners' union, Sindiferro, said its members would stay out until the bonus was restored.\n\n"
            "The company denied the union's claims that it had hired replacement workers.")
    assert speaker_of(text, "hired replacement workers", "deny") != "Sindiferro"
