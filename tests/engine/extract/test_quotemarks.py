"""Finding quotations by their marks, apart from any parse."""
from sourcetrace.engine.extract.quotemarks import find_quotes


def quoted(text):
    return [q.text(text) for q in find_quotes(text)]


def test_straight_single_marks_quote_in_british_style():
    text = "'The workers' pay is falling,' she said. He called it 'a disgrace' and left."
    assert quoted(text) == ["The workers' pay is falling,", "a disgrace"]


def test_a_possessive_closes_a_single_quote_only_when_nothing_else_does():
    assert quoted("'Ask the farmers' she said.") == ["Ask the farmers"]


def test_straight_single_marks_are_nested_in_american_style():
    text = "\"Don't 'fix' it,\" he said. \"It works.\" The 'rigged' claim came later."
    assert quoted(text) == ["Don't 'fix' it,", "It works."]
