"""A content never ends inside a hyphened word the tokenizer split ("e-mailed" read as "e", "-", "mailed")."""
from sourcetrace import analyze
from sourcetrace.engine.extract.base import Found
from sourcetrace.engine.extract.whole_words import with_whole_words


def test_a_content_cut_at_a_hyphen_runs_on_to_the_words_end():
    text = "did not respond to questions e-mailed on Tuesday"
    cut = text.index("-")
    found = with_whole_words(Found(content=[(0, cut)], cue=None, source=None), text)
    assert text[slice(*found.content[0])].endswith("e-mailed")


def test_a_content_ending_at_a_word_or_a_dash_between_words_stays():
    text = "the plan failed - and he said so"
    end = text.index(" -")
    found = Found(content=[(0, end)], cue=None, source=None)
    assert with_whole_words(found, text) is found


def test_the_unanswered_question_keeps_its_whole_word():
    text = ("The Union Ministry of Earth Sciences did not respond to questions e-mailed on Tuesday about funding "
            "for the early warning system.\n")
    found = [a for a in analyze(text).attributions if a.stance == "no_response"]
    assert found and not found[0].content.text.endswith(" e")
