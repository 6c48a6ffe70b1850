"""Which line breaks are wraps, after a sentence too."""
from sourcetrace.lab.wrap import wrap_text
from sourcetrace.engine.parse.breaks import paragraphs, wrap_breaks

PARAGRAPH = ("Donald Trump is telling a veterans group that the United States’ military is depleted. He "
             "says he will expand the nation’s armed forces. The crowd cheered. He went on to talk about "
             "the cost of the war and what the generals told him about it.")


def test_a_wrapped_paragraph_stays_one_paragraph_where_a_wrap_falls_after_a_sentence():
    for soft in (True, False):
        text = wrap_text(PARAGRAPH, 30, soft=soft) + "\n\nNext paragraph."
        assert text.index("depleted.") + len("depleted.") + soft in wrap_breaks(text)
        assert len(paragraphs(text)) == 2, soft


def test_a_line_that_ends_a_sentence_is_no_wrap_in_unwrapped_text():
    text = "a long closing line of a quote by someone, he said.\nAnother paragraph starts here.\nAnd one more."
    assert not wrap_breaks(text)
    assert len(paragraphs("Headline ends here.\nThe body goes on.")) == 2
    # news text leaves a space after headlines and paragraphs: no wrap after a sentence for that
    assert len(paragraphs("Candidates vie for vets' support; \nTrump and Clinton point out flaws.")) == 2
    assert len(paragraphs("A flowed line goes \non.")) == 1
