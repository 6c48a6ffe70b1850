""""the 61-year-old says" with nobody named as a source before: the person the text last named in
passing ("Marisol Quaye's studio"), and a "says" the parser folded into the epithet is still the cue."""
from sourcetrace import analyze


def speakers(text):
    r = analyze(text)
    return [(a.content.text, r.source(a.source_id)) for a in r.attributions]


def test_an_epithet_says_after_a_name_in_passing_is_that_person():
    text = ("Marisol Quaye's studio in Penhallow is a former lifeboat shed.\n\n"
            '"I grew up above my uncle\'s scrapyard in Dunhaven," the 61-year-old says, pulling off her gloves.')
    ((words, who),) = speakers(text)
    assert words.startswith("I grew up") and who is not None and who.name == "Marisol Quaye"


def test_an_epithet_with_no_name_before_stays_unnamed():
    text = ('"I grew up above my uncle\'s scrapyard in Dunhaven," the 61-year-old says, pulling off her gloves.')
    ((_, who),) = speakers(text)
    assert who is not None and not who.named
