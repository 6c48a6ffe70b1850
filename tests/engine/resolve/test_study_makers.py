"""An unnamed study is known by the one body its makers are said to be from ("Researchers from the
University of X"), keeping what the text called it as its description; never with two such bodies."""
from sourcetrace import analyze


def source_of(text, words):
    r = analyze(text)
    return min(((a.content.text, r.source(a.source_id)) for a in r.attributions if words in a.content.text),
               key=lambda cs: len(cs[0]))[1]


LEDE = ("Urban foxes in the city of Kelby now cross roads at pedestrian lights, according to a study "
        "published on Tuesday.\n\n{makers} tracked 40 foxes with GPS collars over three years.\n")


def test_a_study_is_named_by_the_university_its_researchers_are_from():
    source = source_of(LEDE.format(makers="Researchers from the University of Kelby"), "pedestrian lights")
    assert (source.kind, source.name) == ("document", "University of Kelby study")
    assert "published on Tuesday" in source.description


def test_a_study_keeps_its_words_where_its_makers_are_from_two_bodies():
    makers = "Researchers from the University of Kelby and scientists at the Marlow Institute"
    source = source_of(LEDE.format(makers=makers), "pedestrian lights")
    assert source.name.startswith("study")


def test_a_study_keeps_its_words_where_no_makers_are_named():
    source = source_of(LEDE.format(makers="Volunteers"), "pedestrian lights")
    assert source.name.startswith("study")
