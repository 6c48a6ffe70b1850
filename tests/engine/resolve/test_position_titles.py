"""A playing position written before a name is a title ("Striker Joel Kamara"), so a later "the
striker" is that person. Sentences written for the test; the words are data (lexicons/titles.txt)."""
from sourcetrace import analyze


def test_a_position_before_a_name_is_the_persons_title():
    text = ("Goalkeeper Ama Mensah kept a clean sheet on Saturday. The club won 2-0.\n\n"
            "\"I barely touched the ball,\" the goalkeeper said.")
    analysis = analyze(text)
    quote = analysis.attributions[0]
    assert analysis.source(quote.source_id).name == "Ama Mensah"
