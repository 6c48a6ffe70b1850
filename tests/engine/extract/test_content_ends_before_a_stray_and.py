"""A reported clause whose "and" the parser left without its other half (that half hung on the
cue as a clause of its own) ends before the "and". Sentences written for the test."""
import pytest


@pytest.mark.parametrize("text, content", [
    ("Mayor Rina Stoyanova said the plan was dead and added that no money was left.", "the plan was dead"),
    ("Coach Ilse Brandt said the squad was tired and added that two players were injured.",
     "the squad was tired"),
])
def test_content_ends_before_the_and(engine, text, content):
    contents = [a.content.text for a in engine.analyze(text).attributions if a.statement]
    assert content in contents
