"""Where a reported clause starts and ends: before an "and" whose other half the parser hung on the
cue, and after a time said between cue and clause. Sentences written for the test."""
import pytest


@pytest.mark.parametrize("text, content", [
    ("Mayor Rina Stoyanova said the plan was dead and added that no money was left.", "the plan was dead"),
    ("Coach Ilse Brandt said the squad was tired and added that two players were injured.",
     "the squad was tired"),
])
def test_content_ends_before_the_and(engine, text, content):
    contents = [a.content.text for a in engine.analyze(text).attributions if a.statement]
    assert content in contents


@pytest.mark.parametrize("text, content", [
    ("The club said on Monday it had dismissed its head coach.", "it had dismissed its head coach"),
    ("The company said Tuesday the plant would close.", "the plant would close"),
])
def test_when_it_was_said_is_no_part_of_the_content(engine, text, content):
    assert [a.content.text for a in engine.analyze(text).attributions if a.statement] == [content]
