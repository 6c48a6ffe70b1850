"""A byline set in capitals ("By FARAI GUMBO-MUCHENA") names the writer as a reader writes the name,
though the tagger, reading capitals, takes its first word for a number; a line in capitals that is no
byline is left to the other rules."""
from said_by import statement_speakers
from sourcetrace.engine.engine import Engine
from sourcetrace.engine.parse import parse_text
from sourcetrace.engine.resolve.bylines import byline_name_in_capitals

QA = ("Talk of the town\n\nBy FARAI GUMBO-MUCHENA\n\n"
      "Rutendo Chidyamakono writes her novels by hand. She spoke to the Observer at her home.\n\n"
      "Q: Who was your first reader?\n\nA: My grandmother. She corrected every story I told her.\n\n"
      "Q: Why write by hand?\n\nA: Because the laptop is always asking me to check my e-mail.\n")


def test_the_writer_on_a_byline_in_capitals_asks_under_the_name_written_plainly():
    speakers = statement_speakers(QA)
    assert speakers.count("Farai Gumbo-Muchena") == 2
    assert "FARAI" not in speakers


def test_only_a_byline_in_capitals_is_a_name():
    engine = Engine(profile="fast")
    doc = parse_text(engine.nlp, "CITY COUNCIL VOTES\n\nBy ANA LIND\n\nThe mayor said the budget was sound.",
                     engine.settings.window_chars)
    assert byline_name_in_capitals(doc[0:3]) is None
    assert byline_name_in_capitals(doc[5:7]) == "Ana Lind"
