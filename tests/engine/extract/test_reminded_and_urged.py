""""Reminded jurors not to read news coverage" and "urged residents there to move to higher ground" (the
infinitive hung as an adverbial after "there") are what the speaker asked of someone; "reminded me of my
father" asks nothing."""
import pytest


def _asked(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions
            if a.statement and a.cue is not None and a.cue.text in ("reminded", "urged")]


@pytest.mark.parametrize("text, content", [
    ("At the end of the day, Judge Ottilie Brandt reminded jurors not to read or watch news coverage of the case.",
     "jurors not to read or watch news coverage of the case"),
    ("Holm warned that levels downstream at Ferris Mill would peak overnight and urged residents there to move "
     "to higher ground.", "residents there to move to higher ground"),
])
def test_what_was_asked_of_someone_is_a_statement(engine, text, content):
    assert content in _asked(engine, text)


@pytest.mark.parametrize("text", ["He reminded me of my father.", "The smell reminded her of home."])
def test_a_likeness_recalled_asks_nothing(engine, text):
    assert _asked(engine, text) == []
