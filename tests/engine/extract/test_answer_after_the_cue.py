""""Asked whether jobs would go, she said no": the answer after the cue is what was said, not the
question set before it. Sentences written for the test."""
import pytest


@pytest.mark.parametrize("text, answer", [
    ("Rina Stoyanova opened the meeting. Asked whether jobs would go, she said no.", "no"),
    ("Asked if the club would appeal, the manager said yes.", "yes"),
])
def test_the_answer_is_the_content(engine, text, answer):
    contents = [a.content.text for a in engine.analyze(text).attributions if a.statement and a.stance != "question"]
    assert contents == [answer]
