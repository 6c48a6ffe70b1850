"""A release calls its issuer "the Company", "the Group", "the Bank" in capitals: a word for a kind
of body, not a name, even where the tagger took it for one in passing ("the Company's first
plant"); "the Company said" is the issuing firm. An event's or a prize's name ("Excellence
Awards", "Logistics Summit") is no firm's, whatever trade word is in it."""
from said_by import speaker_of


def test_the_company_in_capitals_is_the_issuer_named_in_passing_too():
    text = ("Kandy, 3 March 2026 – Hillcrest Knitwear PLC today announced that it will build a plant "
            "in Matale.\n\n"
            "The plant will be the Company's first to run on solar power, the chairman said.\n\n"
            "Production is expected to begin in 2027, the Company said.")
    assert speaker_of(text, "Production is expected") == "Hillcrest Knitwear"


def test_an_award_is_no_second_firm():
    text = ("Hillcrest Knitwear PLC today announced that it will build a plant in Matale.\n\n"
            "The firm won the Gold Trophy at the National Business Excellence Awards last year.\n\n"
            "Production is expected to begin in 2027, the company said.")
    assert speaker_of(text, "Production is expected") == "Hillcrest Knitwear"


def test_an_events_name_is_no_firms(engine):
    from sourcetrace.engine.engine import parse_text
    from sourcetrace.engine.resolve.bodies import firms
    doc = parse_text(engine.nlp, "Hillcrest Knitwear PLC won a gold award at the National Business Excellence Awards and spoke "
              "at the Asia Trade Summit.", engine.settings.window_chars)
    assert firms(doc) == ["Hillcrest Knitwear PLC"]
