"""Hard-wrapped paragraphs are parsed as prose; line breaks that end headlines still end sentences."""
from sourcetrace.engine.engine import Engine
from sourcetrace.engine.parse.window import parse_copy as unwrap

WRAPPED = ("Ferry Terminal Vote Put Off Until the Spring Meeting Next Year\n"
           "The board put off its vote on the terminal after residents packed the\n"
           "hall on a wet Tuesday night to hear what would happen, the chair, Marisol\n"
           "Vega, said.\n\n"
           "Neighbours who had waited years for the new terminal were angry. The\n"
           "operator, Castell Marine, which runs the old one, declined to\n"
           "comment.\n")


def test_unwrap_keeps_length_headlines_and_paragraphs():
    flat = unwrap(WRAPPED)
    assert len(flat) == len(WRAPPED)
    assert "residents packed the hall on a wet Tuesday night to hear what would happen, the chair, Marisol Vega, said" in flat
    assert flat.startswith("Ferry Terminal Vote Put Off Until the Spring Meeting Next Year\nThe board")
    assert "said.\n\nNeighbours" in flat and "declined to comment." in flat
    assert unwrap("Short headline\nThe body starts here.") == "Short headline\nThe body starts here."
    assert unwrap('a long closing line of a quote by someone, he said."\n“Next quote') \
        == 'a long closing line of a quote by someone, he said."\n“Next quote'


def test_a_wrapped_speaker_name_is_resolved_and_the_text_is_kept_as_given():
    analysis = Engine(profile="fast").analyze(WRAPPED)
    assert analysis.text == WRAPPED
    by_cue = {" ".join(a.cue.text.split()): analysis.source(a.source_id) for a in analysis.attributions if a.cue}
    assert by_cue["said"] is not None and by_cue["said"].name.split() == ["Marisol", "Vega"]
    assert by_cue["declined to comment"] is not None and "Castell" in by_cue["declined to comment"].name
    assert all(analysis.text[a.content.start:a.content.end] == a.content.text for a in analysis.attributions)
